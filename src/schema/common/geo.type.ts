import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';

@ObjectType({ description: 'WGS84 coordinates (see locationPrecision for what they locate).' })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@InputType({ description: 'A circle on the globe: everything within distanceKm of the point.' })
export class NearInput {
  @Field(() => Float)
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float)
  @Min(-180)
  @Max(180)
  longitude!: number;

  @Field(() => Float, { description: 'Radius in kilometres (great-circle distance), at most 20,000.' })
  @Min(0)
  @Max(20000)
  distanceKm!: number;
}
