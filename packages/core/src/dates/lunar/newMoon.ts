import { decimalYear, deltaTSeconds } from "./deltaT.js";

const rad = Math.PI / 180;
const sin = (degrees: number) => Math.sin(degrees * rad);

/** Mean length of a lunation (synodic month) in days. */
export const synodicMonth = 29.530588861;

// Periodic terms of the true new moon (Meeus, Astronomical Algorithms, 2nd ed., ch. 49):
// [coefficient, power of E, multiples of M, M′, F, Ω].
const terms: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// The planetary arguments of the same chapter: [coefficient, constant, rate per lunation, T² term].
const planetary: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.000325, 299.77, 0.107408, -0.009173],
  [0.000165, 251.88, 0.016321, 0],
  [0.000164, 251.83, 26.651886, 0],
  [0.000126, 349.42, 36.412478, 0],
  [0.00011, 84.66, 18.206239, 0],
  [0.000062, 141.74, 53.303771, 0],
  [0.00006, 207.14, 2.453732, 0],
  [0.000056, 154.84, 7.30686, 0],
  [0.000047, 34.52, 27.261239, 0],
  [0.000042, 207.19, 0.121824, 0],
  [0.00004, 291.34, 1.844379, 0],
  [0.000037, 161.72, 24.198154, 0],
  [0.000035, 239.56, 25.513099, 0],
  [0.000023, 331.55, 3.592518, 0],
];

/**
 * The instant (Julian Day, UT) of the k-th new moon counted from the one of 6 January 2000 (k = 0,
 * negative before): the mean new moon corrected by the main periodic terms of the Moon's and the
 * Sun's anomalies, the Moon's argument of latitude and the planetary arguments — within a minute or
 * so for 1900–2100.
 */
export function newMoonJulianDay(k: number): number {
  const t = k / 1236.85;
  const jde = 2451550.09766 + synodicMonth * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const mMoon = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  let correction = 0;
  for (const [c, ePower, nm, nmMoon, nf, nOmega] of terms) {
    correction += c * e ** ePower * sin(nm * m + nmMoon * mMoon + nf * f + nOmega * omega);
  }
  for (const [c, base, rate, square] of planetary) correction += c * sin(base + rate * k + square * t ** 2);
  const tt = jde + correction;
  return tt - deltaTSeconds(decimalYear(tt)) / 86400;
}

/** The index k of the new moon nearest a Julian Day. */
export function lunationNear(jd: number): number {
  return Math.round((jd - 2451550.09766) / synodicMonth);
}
