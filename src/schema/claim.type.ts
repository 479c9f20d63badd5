import { Field, ID, ObjectType } from 'type-graphql';
import { ClaimVerdict } from './common/enums';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A statement from a source (notably the 2020 article the project started from), with what better sources say.' })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The claim, verbatim or nearly.' })
  text!: string;

  @Field(() => ClaimVerdict)
  verdict!: ClaimVerdict;

  @Field({ nullable: true, description: 'The better fact, with its sources in `sources`.' })
  correction?: string;

  sourceIds!: string[];
}
