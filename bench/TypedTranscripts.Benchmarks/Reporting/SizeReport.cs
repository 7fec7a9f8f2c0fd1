using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using TypedTranscripts.Benchmarks.Generator;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Generator.Emit;
using TypedTranscripts.Text;

namespace TypedTranscripts.Benchmarks.Reporting
{
    /// <summary>
    /// Generated size against transcript size, per file and for the synthetic sets, and whether anything is emitted twice
    /// (two sources under one hint name, or more sources than calls and the index). Sizes are UTF-8 bytes.
    /// </summary>
    internal static class SizeReport
    {
        public static void Print(TextWriter output)
        {
            output.WriteLine("| transcript | bytes in | turn text bytes | call source bytes | out / in |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            var points = new List<(double In, double Out)>();
            foreach (var sample in TranscriptSample.Parseable())
            {
                var transcript = new SyntheticTranscript(Path.GetFileName(sample.Name), TextDecoder.Decode(sample.Content), "");
                var sources = new GeneratorSession(new[] { transcript }).RunChecked().Results.Single().GeneratedSources;
                long callBytes = sources.Where(s => s.HintName != IndexEmitter.HintName).Sum(s => Utf8(s.SourceText.ToString()));
                long textBytes = EarningsCall.Parse(sample.Content, sample.Name).Call!.Turns.Sum(t => Utf8(t.Text));
                points.Add((sample.Bytes, callBytes));
                output.WriteLine($"| {sample.Name} | {N(sample.Bytes)} | {N(textBytes)} | {N(callBytes)} | {R((double)callBytes / sample.Bytes)} |");
            }
            var (intercept, slope) = LeastSquares(points);
            output.WriteLine();
            output.WriteLine($"Call source bytes ≈ {N((long)Math.Round(intercept))} + {R(slope)} × transcript bytes (least squares over the files above).");
            output.WriteLine();

            output.WriteLine("| synthetic transcripts | bytes in | bytes out (all sources) | out / in | index bytes | sources / distinct hint names |");
            output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (int count in new[] { 1, 100, 1000 })
            {
                var set = new SyntheticSet(count);
                var sources = new GeneratorSession(set.Transcripts).RunChecked().Results.Single().GeneratedSources;
                long outBytes = sources.Sum(s => Utf8(s.SourceText.ToString()));
                long indexBytes = Utf8(sources.Single(s => s.HintName == IndexEmitter.HintName).SourceText.ToString());
                int distinct = sources.Select(s => s.HintName).Distinct(StringComparer.Ordinal).Count();
                output.WriteLine($"| {N(count)} | {N(set.Bytes)} | {N(outBytes)} | {R((double)outBytes / set.Bytes)} | {N(indexBytes)} | {N(sources.Length)} / {N(distinct)} |");
            }
        }

        private static long Utf8(string text) => Encoding.UTF8.GetByteCount(text);

        private static (double Intercept, double Slope) LeastSquares(IReadOnlyList<(double X, double Y)> points)
        {
            double meanX = points.Average(p => p.X), meanY = points.Average(p => p.Y);
            double slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / points.Sum(p => (p.X - meanX) * (p.X - meanX));
            return (meanY - slope * meanX, slope);
        }

        private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string R(double value) => value.ToString("N2", CultureInfo.InvariantCulture);
    }
}
