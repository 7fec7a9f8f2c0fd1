using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TypedTranscripts.Benchmarks.Generator
{
    /// <summary>How the outputs of one tracked step were produced in a run, counted by reason.</summary>
    internal static class StepReasons
    {
        /// <summary>Like <c>1 M, 999 C</c>: New, Modified, Unchanged (ran, same output), Cached (did not run), Removed.</summary>
        public static string Count(GeneratorDriverRunResult run, string step)
        {
            var reasons = run.Results.Single().TrackedSteps.TryGetValue(step, out var steps)
                ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
                : new List<IncrementalStepRunReason>();
            var parts = new[]
                {
                    (IncrementalStepRunReason.New, "N"), (IncrementalStepRunReason.Modified, "M"), (IncrementalStepRunReason.Unchanged, "U"),
                    (IncrementalStepRunReason.Cached, "C"), (IncrementalStepRunReason.Removed, "R"),
                }
                .Select(p => (Count: reasons.Count(r => r == p.Item1), Letter: p.Item2))
                .Where(p => p.Count > 0)
                .Select(p => $"{p.Count} {p.Letter}");
            string counted = string.Join(", ", parts);
            return counted.Length == 0 ? "none" : counted;
        }
    }
}
