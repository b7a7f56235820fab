import { decimalYear, deltaTSeconds } from "./deltaT.js";

const rad = Math.PI / 180;

/**
 * The Sun's apparent geometric longitude in degrees [0, 360) at an instant (Julian Day, UT): the mean
 * longitude plus the equation of the centre, corrected for nutation and aberration (Meeus,
 * Astronomical Algorithms, ch. 25, the 0.01° series). 0° is the March equinox, 270° the December solstice.
 */
export function sunLongitude(jdUt: number): number {
  const jde = jdUt + deltaTSeconds(decimalYear(jdUt)) / 86400;
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t ** 2) * rad;
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * rad;
  const apparent = l0 + centre - 0.00569 - 0.00478 * Math.sin(omega);
  return ((apparent % 360) + 360) % 360;
}
