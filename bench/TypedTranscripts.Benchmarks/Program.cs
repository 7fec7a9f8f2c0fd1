using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Benchmarks.Reporting;

namespace TypedTranscripts.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// <c>sizes</c>: the generated-size report. <c>write-transcripts N FOLDER</c>: writes the first N synthetic transcripts
        /// (for bench/build-overhead.sh). <c>compile-floor N RUNS</c>: where compile time goes. <c>incremental-probe RUNS</c>: incremental runs, minimum and CPU time. Anything else goes to BenchmarkDotNet, e.g. <c>--filter '*'</c>.
        /// </summary>
        public static int Main(string[] args)
        {
            switch (args.FirstOrDefault())
            {
                case "sizes":
                    SizeReport.Print(Console.Out);
                    return 0;
                case "compile-floor":
                    CompileFloor.Print(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
                    return 0;
                case "incremental-probe":
                    IncrementalProbe.Print(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
                    return 0;
                case "write-transcripts" when args.Length == 3 && int.TryParse(args[1], out int count):
                    foreach (var transcript in SyntheticCorpus.Create(count))
                    {
                        string path = Path.Combine(args[2], transcript.RelativePath);
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        File.WriteAllText(path, transcript.Text);
                    }
                    return 0;
                default:
                    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
                    return 0;
            }
        }
    }
}
