using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using TypedTranscripts.Benchmarks.Generator;
using TypedTranscripts.Benchmarks.Inputs;

namespace TypedTranscripts.Benchmarks.Reporting
{
    /// <summary>
    /// <c>compile-floor N RUNS</c>: where the compile cost of N generated calls goes, in one process (medians of a few
    /// compiles after two to warm Roslyn up, wall and CPU time, so a rough guide beside <c>CompileBenchmarks</c>): the
    /// consumer alone; with the generated calls; the same with doc comments not parsed; and a floor of one documented
    /// class per call with only <c>Call</c>, which any typed API per call costs. <c>COMPILE_FLOOR_VARIANTS=1</c> adds
    /// the generated code cut down: members as fields, without the data literals, and without the members as well.
    /// </summary>
    internal static class CompileFloor
    {
        private static readonly EmitOptions PortablePdb = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

        public static void Print(TextWriter output, int calls, int runs)
        {
            var generated = new GeneratorSession(new SyntheticSet(calls).Transcripts).RunChecked().GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
            var floor = Enumerable.Range(0, calls).Select(i =>
                $"namespace Consumer {{ public static partial class Transcripts {{ public static partial class C{i} {{ /// <summary>Call {i}.</summary>\npublic static class Q1 {{ /// <summary>The call.</summary>\npublic static global::TypedTranscripts.EarningsCall Call => throw null!; }} }} }} }}").ToArray();
            var docs = GeneratorSession.ParseOptions;
            var noDocs = GeneratorSession.ParseOptions.WithDocumentationMode(DocumentationMode.None);
            output.WriteLine($"{calls} calls, {generated.Sum(s => (long)s.Length):N0} generated chars; medians of {runs} compiles (parse, bind, emit dll + portable PDB):");
            Report(TextWriter.Null, "warm-up", generated, docs, 2); // Roslyn's own code tiers up in the first compiles
            Report(output, "consumer alone", Array.Empty<string>(), docs, runs);
            Report(output, "with the generated calls", generated, docs, runs);
            Report(output, "  the same, doc comments not parsed", generated, noDocs, runs);
            if (Environment.GetEnvironmentVariable("COMPILE_FLOOR_VARIANTS") == "1")
            {
                var fields = generated.Select(g => System.Text.RegularExpressions.Regex.Replace(g, @"public static ([^\s]+) ([A-Za-z0-9_@]+) => ([^\n]*CallData\.[^\n]*);$", "public static readonly $1 $2 = $3;", System.Text.RegularExpressions.RegexOptions.Multiline)).ToArray();
                Report(output, "  members as static readonly fields", fields, docs, runs);
                var noData = generated.Select(g => System.Text.RegularExpressions.Regex.Replace(g, @"\?\? global::TypedTranscripts\.Generated\.GeneratedCall\.Load\(.*$", "?? null!;", System.Text.RegularExpressions.RegexOptions.Multiline)).ToArray();
                Report(output, "  without the data literals", noData, docs, runs);
                var noMembers = noData.Select(g => System.Text.RegularExpressions.Regex.Replace(g, @"^\s*/// <summary>\n[^\n]*\n\s*/// </summary>\n\s*public static [^\n]*=> \(?[^\n]*CallData\.[^\n]*\n", "", System.Text.RegularExpressions.RegexOptions.Multiline)).ToArray();
                Report(output, "  nor members reading CallData", noMembers, docs, runs);
            }
            Report(output, "floor: one empty documented class per call", floor, docs, runs);
        }

        private static void Report(TextWriter output, string what, string[] sources, CSharpParseOptions options, int runs)
        {
            var cpu = new List<double>();
            var parse = new List<double>();
            var bind = new List<double>();
            var emit = new List<double>();
            for (int run = 0; run < runs + 1; run++)
            {
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(SourceText.From(s, Encoding.UTF8), options, $"Generated{i}.g.cs"))
                    .Prepend(CSharpSyntaxTree.ParseText(SourceText.From(ConsumerProgram.Source, Encoding.UTF8), options, ConsumerProgram.FileName)).ToList();
                foreach (var tree in trees) tree.GetRoot();
                double parsed = watch.Elapsed.TotalMilliseconds;
                var compilation = CSharpCompilation.Create("Consumer", trees, GeneratorSession.References, GeneratorSession.CompilationOptions);
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0) throw new InvalidOperationException(what + ": " + errors[0]);
                double bound = watch.Elapsed.TotalMilliseconds;
                using var pe = new MemoryStream();
                using var pdb = new MemoryStream();
                if (!compilation.Emit(pe, pdb, options: PortablePdb).Success) throw new InvalidOperationException(what + " does not emit");
                double emitted = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                if (run == 0) continue; // warm-up
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                parse.Add(parsed);
                bind.Add(bound - parsed);
                emit.Add(emitted - bound);
            }
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-45} total {1,8:N0} ms: parse {2,6:N0}, bind {3,6:N0}, emit {4,6:N0}; CPU {5,8:N0} ms",
                what, Median(parse) + Median(bind) + Median(emit), Median(parse), Median(bind), Median(emit), Median(cpu)));
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
