using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedTranscripts.Benchmarks.Benchmarks;

namespace TypedTranscripts.Benchmarks.Reporting
{
    /// <summary>
    /// <c>incremental-probe RUNS</c>: <see cref="IncrementalBenchmarks"/> in one process, each change run RUNS times: the
    /// minimum, median and CPU time per run. On a shared machine the minimum is the run that was not interrupted, so it
    /// compares two builds better than a median of wall time does.
    /// </summary>
    internal static class IncrementalProbe
    {
        public static void Print(TextWriter output, int runs)
        {
            output.WriteLine($"Incremental run over 1,000 transcripts, {runs} runs each: min / median wall ms, CPU ms per run");
            foreach (var change in (Benchmarks.Change[])Enum.GetValues(typeof(Benchmarks.Change)))
            {
                var benchmark = new IncrementalBenchmarks { Change = change };
                benchmark.Setup();
                for (int i = 0; i < 20; i++) benchmark.IncrementalRun(); // warm-up
                var times = new List<double>();
                var process = Process.GetCurrentProcess();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                for (int i = 0; i < runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    benchmark.IncrementalRun();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                process.Refresh();
                double cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
                times.Sort();
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-20} min {1,7:N2}  median {2,7:N2}  CPU {3,7:N2}", change, times[0], times[times.Count / 2], cpu));
            }
        }
    }
}
