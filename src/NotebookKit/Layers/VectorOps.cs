using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NotebookKit.Layers;

/// <summary>
/// The few elementwise loops the hot path runs on every batch, written with SIMD (System.Numerics.Vector&lt;T&gt;)
/// so they stay small next to the matrix products. Each does what its one-line comment says, no more.
/// </summary>
/// <remarks>
/// Every loop here, and the other per-batch loops of the layers, is marked AggressiveOptimization: compiled fully
/// optimized on first call instead of starting as unoptimized tier-0 code, which in a fresh process made the first
/// ~0.1 s of training run several times slower (measured with bench/run.sh, where each run is a new process).
/// </remarks>
internal static class VectorOps
{
    /// <summary>x[i] += value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScalar<T>(Span<T> x, T value) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && x.Length >= Vector<T>.Count)
        {
            var add = new Vector<T>(value);
            Span<Vector<T>> blocks = MemoryMarshal.Cast<T, Vector<T>>(x);
            for (int b = 0; b < blocks.Length; b++) blocks[b] += add;
            i = blocks.Length * Vector<T>.Count;
        }
        for (; i < x.Length; i++) x[i] += value;
    }

    /// <summary>Σ x[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T Sum<T>(ReadOnlySpan<T> x) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        T sum = T.Zero;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && x.Length >= Vector<T>.Count)
        {
            var acc = Vector<T>.Zero;
            ReadOnlySpan<Vector<T>> blocks = MemoryMarshal.Cast<T, Vector<T>>(x);
            for (int b = 0; b < blocks.Length; b++) acc += blocks[b];
            sum = Vector.Sum(acc);
            i = blocks.Length * Vector<T>.Count;
        }
        for (; i < x.Length; i++) sum += x[i];
        return sum;
    }

    /// <summary>a[i] = max(z[i], 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Relu<T>(ReadOnlySpan<T> z, Span<T> a) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && z.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> zb = MemoryMarshal.Cast<T, Vector<T>>(z);
            Span<Vector<T>> ab = MemoryMarshal.Cast<T, Vector<T>>(a);
            for (int b = 0; b < zb.Length; b++) ab[b] = Vector.Max(zb[b], Vector<T>.Zero);
            i = zb.Length * Vector<T>.Count;
        }
        for (; i < z.Length; i++) a[i] = T.Max(z[i], T.Zero);
    }

    /// <summary>dz[i] = z[i] &gt; 0 ? da[i] : 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReluBackward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> da, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && z.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> zb = MemoryMarshal.Cast<T, Vector<T>>(z), gb = MemoryMarshal.Cast<T, Vector<T>>(da);
            Span<Vector<T>> db = MemoryMarshal.Cast<T, Vector<T>>(dz);
            for (int b = 0; b < zb.Length; b++)
                db[b] = Vector.ConditionalSelect(Vector.GreaterThan(zb[b], Vector<T>.Zero), gb[b], Vector<T>.Zero);
            i = zb.Length * Vector<T>.Count;
        }
        for (; i < z.Length; i++) dz[i] = z[i] > T.Zero ? da[i] : T.Zero;
    }

    /// <summary>
    /// Adam's update for one parameter, m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², w ← w − η·(m·ĉ₁)/(√(v·ĉ₂) + ε),
    /// with the same operations in the same order in the SIMD body and the scalar tail, so results do not depend on
    /// where an element falls.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Adam<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> m, Span<T> v, T eta, T beta1, T beta2, T mHatScale, T vHatScale, T eps)
        where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        T oneMinusBeta1 = T.One - beta1, oneMinusBeta2 = T.One - beta2;
        // Where the CPU has 512-bit lanes (AVX-512) they take most of the array: twice the elements per division and
        // square root, the rule's two slow operations. The same operations per element, so the same bits.
        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported && w.Length >= Vector512<T>.Count)
        {
            Span<Vector512<T>> wb = MemoryMarshal.Cast<T, Vector512<T>>(w), mb = MemoryMarshal.Cast<T, Vector512<T>>(m), vb = MemoryMarshal.Cast<T, Vector512<T>>(v);
            ReadOnlySpan<Vector512<T>> gb = MemoryMarshal.Cast<T, Vector512<T>>(g);
            Vector512<T> b1 = Vector512.Create(beta1), b2 = Vector512.Create(beta2), c1 = Vector512.Create(oneMinusBeta1), c2 = Vector512.Create(oneMinusBeta2);
            Vector512<T> etaV = Vector512.Create(eta), mScale = Vector512.Create(mHatScale), vScale = Vector512.Create(vHatScale), epsV = Vector512.Create(eps);
            for (int b = 0; b < wb.Length; b++)
            {
                Vector512<T> gi = gb[b];
                Vector512<T> mi = b1 * mb[b] + c1 * gi;
                Vector512<T> vi = b2 * vb[b] + c2 * gi * gi;
                mb[b] = mi;
                vb[b] = vi;
                wb[b] -= etaV * (mi * mScale) / (Vector512.Sqrt(vi * vScale) + epsV);
            }
            i = wb.Length * Vector512<T>.Count;
        }
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && w.Length - i >= Vector<T>.Count)
        {
            Span<Vector<T>> wb = MemoryMarshal.Cast<T, Vector<T>>(w[i..]), mb = MemoryMarshal.Cast<T, Vector<T>>(m[i..]), vb = MemoryMarshal.Cast<T, Vector<T>>(v[i..]);
            ReadOnlySpan<Vector<T>> gb = MemoryMarshal.Cast<T, Vector<T>>(g[i..]);
            Vector<T> b1 = new(beta1), b2 = new(beta2), c1 = new(oneMinusBeta1), c2 = new(oneMinusBeta2);
            Vector<T> etaV = new(eta), mScale = new(mHatScale), vScale = new(vHatScale), epsV = new(eps);
            for (int b = 0; b < wb.Length; b++)
            {
                Vector<T> gi = gb[b];
                Vector<T> mi = b1 * mb[b] + c1 * gi;
                Vector<T> vi = b2 * vb[b] + c2 * gi * gi;
                mb[b] = mi;
                vb[b] = vi;
                wb[b] -= etaV * (mi * mScale) / (Vector.SquareRoot(vi * vScale) + epsV);
            }
            i += wb.Length * Vector<T>.Count;
        }
        for (; i < w.Length; i++)
        {
            m[i] = beta1 * m[i] + oneMinusBeta1 * g[i];
            v[i] = beta2 * v[i] + oneMinusBeta2 * g[i] * g[i];
            w[i] -= eta * (m[i] * mHatScale) / (T.Sqrt(v[i] * vHatScale) + eps);
        }
    }

    /// <summary>Where candidate[i] &gt; best[i]: best[i] = candidate[i], winner[i] = index (strict, so the first maximum wins ties).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MaxWithIndex<T>(ReadOnlySpan<T> candidate, Span<T> best, Span<T> winner, T index) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && candidate.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> cb = MemoryMarshal.Cast<T, Vector<T>>(candidate);
            Span<Vector<T>> bb = MemoryMarshal.Cast<T, Vector<T>>(best), wb = MemoryMarshal.Cast<T, Vector<T>>(winner);
            var indexV = new Vector<T>(index);
            for (int b = 0; b < cb.Length; b++)
            {
                Vector<T> greater = Vector.GreaterThan(cb[b], bb[b]);
                bb[b] = Vector.ConditionalSelect(greater, cb[b], bb[b]);
                wb[b] = Vector.ConditionalSelect(greater, indexV, wb[b]);
            }
            i = cb.Length * Vector<T>.Count;
        }
        for (; i < candidate.Length; i++)
            if (candidate[i] > best[i])
            {
                best[i] = candidate[i];
                winner[i] = index;
            }
    }

    /// <summary>target[i] += winner[i] == index ? gradient[i] : 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddWhereEqual<T>(ReadOnlySpan<T> gradient, ReadOnlySpan<T> winner, T index, Span<T> target) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && gradient.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> gb = MemoryMarshal.Cast<T, Vector<T>>(gradient), wb = MemoryMarshal.Cast<T, Vector<T>>(winner);
            Span<Vector<T>> tb = MemoryMarshal.Cast<T, Vector<T>>(target);
            var indexV = new Vector<T>(index);
            for (int b = 0; b < gb.Length; b++)
                tb[b] += Vector.ConditionalSelect(Vector.Equals(wb[b], indexV), gb[b], Vector<T>.Zero);
            i = gb.Length * Vector<T>.Count;
        }
        for (; i < gradient.Length; i++)
            if (winner[i] == index) target[i] += gradient[i];
    }

    /// <summary>target[i] += source[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Add<T>(ReadOnlySpan<T> source, Span<T> target) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && source.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> sb = MemoryMarshal.Cast<T, Vector<T>>(source);
            Span<Vector<T>> tb = MemoryMarshal.Cast<T, Vector<T>>(target);
            for (int b = 0; b < sb.Length; b++) tb[b] += sb[b];
            i = sb.Length * Vector<T>.Count;
        }
        for (; i < source.Length; i++) target[i] += source[i];
    }

    /// <summary>True if no x[i] is NaN or ±∞ (x − x is 0 for finite x and NaN otherwise, and NaN survives a sum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AllFinite<T>(ReadOnlySpan<T> x) where T : struct, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && x.Length >= Vector<T>.Count)
        {
            var acc = Vector<T>.Zero;
            ReadOnlySpan<Vector<T>> blocks = MemoryMarshal.Cast<T, Vector<T>>(x);
            for (int b = 0; b < blocks.Length; b++) acc += blocks[b] - blocks[b];
            if (Vector.Sum(acc) != T.Zero) return false;
            i = blocks.Length * Vector<T>.Count;
        }
        for (; i < x.Length; i++)
            if (!T.IsFinite(x[i])) return false;
        return true;
    }
}
