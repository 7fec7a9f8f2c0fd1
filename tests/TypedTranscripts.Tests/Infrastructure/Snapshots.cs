using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;

namespace TypedTranscripts.Tests.Infrastructure
{
    /// <summary>
    /// Snapshot verification of generator output with Verify.SourceGenerators' file conventions, so that moving to Verify
    /// is one line (<c>using static VerifyXunit.Verifier;</c> instead of <c>using static …Snapshots;</c>):
    /// <list type="bullet">
    /// <item><c>{Class}.{Method}#{HintName}.verified.cs</c> beside the test, starting <c>//HintName: {HintName}</c>;</item>
    /// <item><c>{Class}.{Method}.verified.txt</c> with the generator's diagnostics;</item>
    /// <item>on a mismatch, <c>*.received.*</c> is written beside it and the test fails with a unified diff;</item>
    /// <item><c>VERIFY_ACCEPT=1</c> accepts what was received (new snapshots are written as received first, never silently accepted).</item>
    /// </list>
    /// </summary>
    public static class Snapshots
    {
        public const string AcceptVariable = "VERIFY_ACCEPT";

        public static Task Verify(GeneratorDriver driver, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
        {
            var result = driver.GetRunResult();
            string directory = Path.GetDirectoryName(sourceFile)!;
            string stem = Path.GetFileNameWithoutExtension(sourceFile) + "." + method;
            var failures = new List<string>();
            var expectedFiles = new HashSet<string>(StringComparer.Ordinal);

            foreach (var source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                string hint = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName.Substring(0, source.HintName.Length - 3) : source.HintName;
                string file = stem + "#" + hint + ".verified.cs";
                expectedFiles.Add(file);
                Compare(directory, file, "//HintName: " + source.HintName + "\n" + source.SourceText, failures);
            }

            string diagnosticsFile = stem + ".verified.txt";
            expectedFiles.Add(diagnosticsFile);
            Compare(directory, diagnosticsFile, FormatDiagnostics(result.Diagnostics), failures);

            // A snapshot whose source is no longer generated is a failure too.
            foreach (var stale in Directory.GetFiles(directory, stem + "#*.verified.cs").Select(Path.GetFileName))
            {
                if (!expectedFiles.Contains(stale!)) failures.Add($"{stale}: no longer generated; delete it.");
            }

            if (failures.Count > 0) throw new SnapshotMismatchException(string.Join("\n\n", failures));
            return Task.CompletedTask;
        }

        /// <summary>One line per diagnostic: id, severity, file and span, message.</summary>
        public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics)
        {
            var builder = new StringBuilder();
            foreach (var d in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                var span = d.Location.GetLineSpan();
                string where = d.Location == Location.None ? "(no location)"
                    : string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", RelativeToProject(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
                builder.Append(d.Id).Append(' ').Append(d.Severity).Append(' ').Append(where).Append(": ").Append(d.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
            }
            return builder.Length == 0 ? "(no diagnostics)\n" : builder.ToString();
        }

        private static string RelativeToProject(string path) =>
            path.StartsWith(GeneratorHarness.ProjectDirectory, StringComparison.Ordinal) ? path.Substring(GeneratorHarness.ProjectDirectory.Length) : path;

        private static void Compare(string directory, string verifiedName, string received, List<string> failures)
        {
            received = Normalize(received);
            string verifiedPath = Path.Combine(directory, verifiedName);
            string receivedPath = Path.Combine(directory, verifiedName.Replace(".verified.", ".received."));
            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == received)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllText(verifiedPath, received);
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            File.WriteAllText(receivedPath, received);
            failures.Add(verified is null
                ? $"{verifiedName}: no snapshot yet; review {Path.GetFileName(receivedPath)} and accept it with {AcceptVariable}=1."
                : $"{verifiedName} differs from what was generated ({Path.GetFileName(receivedPath)}); accept with {AcceptVariable}=1 if intended.\n{UnifiedDiff(verified, received)}");
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace("\r", "\n");

        /// <summary>Changed lines with a little context, in unified-diff style.</summary>
        public static string UnifiedDiff(string expected, string actual, int context = 2, int maxLines = 80)
        {
            var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
            var lines = diff.Lines;
            var show = new bool[lines.Count];
            for (int i = 0; i < lines.Count; i++)
            {
                if (lines[i].Type == ChangeType.Unchanged) continue;
                for (int k = Math.Max(0, i - context); k <= Math.Min(lines.Count - 1, i + context); k++) show[k] = true;
            }
            var builder = new StringBuilder("--- verified\n+++ received\n");
            int written = 0;
            for (int i = 0; i < lines.Count && written < maxLines; i++)
            {
                if (!show[i])
                {
                    if (i > 0 && show[i - 1]) builder.Append("@@\n");
                    continue;
                }
                string prefix = lines[i].Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " };
                builder.Append(prefix).Append(lines[i].Text).Append('\n');
                written++;
            }
            if (written >= maxLines) builder.Append("… (diff cut)\n");
            return builder.ToString();
        }
    }

    public sealed class SnapshotMismatchException : Exception
    {
        public SnapshotMismatchException(string message) : base(message)
        {
        }
    }
}
