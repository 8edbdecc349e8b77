using System;

namespace Leadtype.Search;

/// <summary>
/// <c>Math.log</c> as JavaScript engines compute it (V8 ports fdlibm's <c>__ieee754_log</c>). The platform
/// logarithm differs from it in the last bit for about one input in twenty, which would make our BM25 scores
/// differ from the reference's in the 16th digit; this keeps them bit-identical.
/// </summary>
internal static class EcmaMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Two54 = 1.80143985094819840000e+16;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var hx = (int)(bits >> 32);
        var lx = (uint)bits;
        var k = 0;
        if (hx < 0x00100000)
        {
            if (((hx & 0x7fffffff) | (int)lx) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return double.NaN;
            }

            k -= 54;
            x *= Two54;
            hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }

        if (hx >= 0x7ff00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        var i = (hx + 0x95f64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        var f = x - 1.0;
        double dk;
        double r;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            if (f == 0)
            {
                if (k == 0)
                {
                    return 0;
                }

                dk = k;
                return (dk * Ln2Hi) + (dk * Ln2Lo);
            }

            r = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
            {
                return f - r;
            }

            dk = k;
            return (dk * Ln2Hi) - ((r - (dk * Ln2Lo)) - f);
        }

        var s = f / (2.0 + f);
        dk = k;
        var z = s * s;
        i = hx - 0x6147a;
        var w = z * z;
        var j = 0x6b851 - hx;
        var t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        var t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        i |= j;
        r = t2 + t1;
        if (i > 0)
        {
            var hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - (s * (hfsq + r)));
            }

            return (dk * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * Ln2Lo))) - f);
        }

        if (k == 0)
        {
            return f - (s * (f - r));
        }

        return (dk * Ln2Hi) - (((s * (f - r)) - (dk * Ln2Lo)) - f);
    }

    private static double WithHighWord(double x, int high)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        return BitConverter.Int64BitsToDouble(((long)high << 32) | (bits & 0xffffffffL));
    }
}
