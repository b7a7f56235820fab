/** The money unit of a table: 1 = đồng, 1000 = nghìn đồng, 1e6 = triệu đồng. Every amount in it times the scale is đồng. */
export type Scale = 1 | 1000 | 1000000;
