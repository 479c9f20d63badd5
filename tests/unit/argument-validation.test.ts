import 'reflect-metadata';
import { getMetadataStorage as validationRules } from 'class-validator';
import { getMetadataStorage as graphqlTypes } from 'type-graphql';
import { RESOLVERS } from '../../src/schema-builder';

describe('argument validation reaches inside input objects', () => {
  test('when an argument or input field holds an input object, then it is marked @ValidateNested so the rules inside it run', () => {
    expect(RESOLVERS.length).toBeGreaterThan(0); // importing the resolvers registers every type
    const types = graphqlTypes();
    const inputClasses = new Set(types.inputTypes.map((type) => type.target));
    const holders = new Set([...inputClasses, ...types.argumentTypes.map((type) => type.target)]);
    const nesting = types.fields.filter((field) => holders.has(field.target) && inputClasses.has(field.getType() as (typeof types.inputTypes)[number]['target']));
    expect(nesting.length).toBeGreaterThan(0);
    const unchecked = nesting
      .filter((field) => !validationRules().getTargetValidationMetadatas(field.target, '', true, false).some((rule) => rule.type === 'nestedValidation' && rule.propertyName === field.name))
      .map((field) => `${field.target.name}.${field.name}`);
    // class-validator skips a nested object's rules (lengths, dates, ranges) unless its field says @ValidateNested().
    expect(unchecked).toEqual([]);
  });
});
