namespace TypedTranscripts.Benchmarks.Inputs
{
    /// <summary>
    /// The user's own code in the benchmarks' consumer project. It reads transcripts at run time through the library and
    /// names no generated class, so the same code compiles with and without the generated calls.
    /// </summary>
    internal static class ConsumerProgram
    {
        public const string FileName = "Program.cs";

        public const string Source = """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using TypedTranscripts;

            namespace Consumer
            {
                public static class Program
                {
                    public static int Main(string[] args)
                    {
                        var calls = new List<EarningsCall>();
                        foreach (var path in args.SelectMany(a => Directory.Exists(a) ? Directory.GetFiles(a, "*.txt") : new[] { a }))
                        {
                            var result = EarningsCall.Load(path);
                            foreach (var problem in result.Problems) Console.Error.WriteLine(problem);
                            if (result.Call is { } call) calls.Add(call);
                        }
                        foreach (var company in calls.GroupBy(c => c.Company ?? "(unknown)").OrderBy(g => g.Key, StringComparer.Ordinal))
                        {
                            Console.WriteLine($"{company.Key}: {company.Count()} calls");
                            foreach (var call in company.OrderBy(c => c.Date))
                            {
                                var analysts = call.SpeakersWithRole(SpeakerRole.Analyst).Select(s => s.Name).ToList();
                                Console.WriteLine($"  {call.FiscalPeriod} {call.Date:yyyy-MM-dd}: {call.Turns.Count} turns, {call.Exchanges.Count} exchanges, analysts {string.Join(", ", analysts)}");
                            }
                        }
                        return calls.Count == 0 ? 1 : 0;
                    }
                }
            }
            """;

        /// <summary>The same program with one more method: the unrelated C# edit of the incremental benchmarks.</summary>
        public static string Edited => Source.Replace("        public static int Main(", "        public static string Describe(EarningsCall call) => call.ToString();\n\n        public static int Main(", System.StringComparison.Ordinal);
    }
}
