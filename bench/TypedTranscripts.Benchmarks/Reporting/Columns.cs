using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using TypedTranscripts.Benchmarks.Inputs;

namespace TypedTranscripts.Benchmarks.Reporting
{
    /// <summary>A column with BenchmarkDotNet's boilerplate; a subclass says only how a value is found.</summary>
    internal abstract class ComputedColumn : IColumn
    {
        protected ComputedColumn(string name, string legend)
        {
            ColumnName = name;
            Legend = legend;
        }

        public string Id => GetType().Name + "." + ColumnName;
        public string ColumnName { get; }
        public string Legend { get; }
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => Value(summary, c) is not null);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Value(summary, benchmarkCase) ?? "-";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        protected abstract string? Value(Summary summary, BenchmarkCase benchmarkCase);

        protected static IMeasuredInput? InputOf(BenchmarkCase benchmarkCase) =>
            benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<IMeasuredInput>().FirstOrDefault();

        protected static double? MedianNanoseconds(Summary summary, BenchmarkCase benchmarkCase) => summary[benchmarkCase]?.ResultStatistics?.Median;

        protected static string Format(double value) => value.ToString(value >= 100 ? "N0" : value >= 10 ? "N1" : "N2", CultureInfo.InvariantCulture);
    }

    /// <summary>Input megabytes (10^6 bytes) per second of the median time.</summary>
    internal sealed class ThroughputColumn : ComputedColumn
    {
        public ThroughputColumn() : base("MB/s", "Input megabytes (10^6 bytes) per second, from the median time") { }

        protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
            InputOf(benchmarkCase) is { } input && MedianNanoseconds(summary, benchmarkCase) is { } median ? Format(input.Bytes * 1e3 / median) : null;
    }

    /// <summary>The case's median divided by its baseline's median (BenchmarkDotNet's own Ratio divides means).</summary>
    internal sealed class MedianRatioColumn : ComputedColumn
    {
        public MedianRatioColumn() : base("Median ratio", "Median time divided by the baseline's median time in the same group") { }

        protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
        {
            var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
            if (baseline is null || MedianNanoseconds(summary, benchmarkCase) is not { } median || MedianNanoseconds(summary, baseline) is not { } baselineMedian) return null;
            return Format(median / baselineMedian);
        }
    }

    /// <summary>Bytes allocated per input byte, and how they split into what the result keeps and the rest.</summary>
    internal sealed class AllocationPerByteColumn : ComputedColumn
    {
        public enum Part { All, Result, BeyondResult }

        private readonly Part _part;
        // Shared by the Result and Beyond result columns, so both use the same measurement.
        private static readonly ConcurrentDictionary<BenchmarkCase, long?> RetainedByCase = new();

        public AllocationPerByteColumn(Part part) : base(
            part switch { Part.All => "Alloc B/B", Part.Result => "Result B/B", _ => "Beyond result B/B" },
            part switch
            {
                Part.All => "Bytes allocated per operation per input byte",
                Part.Result => "Bytes the result keeps reachable per input byte (measured in the host over 64 kept results)",
                _ => "Bytes allocated per input byte that the result does not keep: Alloc B/B minus Result B/B",
            }) => _part = part;

        protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
        {
            if (InputOf(benchmarkCase) is not { } input) return null;
            long? allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            long? retained = _part == Part.All ? 0 : RetainedByCase.GetOrAdd(benchmarkCase, Retained);
            if (allocated is null || retained is null) return null;
            double bytes = _part switch { Part.All => allocated.Value, Part.Result => retained.Value, _ => allocated.Value - retained.Value };
            return Format(bytes / input.Bytes);
        }

        private static long? Retained(BenchmarkCase benchmarkCase) =>
            typeof(IRetainsResult).IsAssignableFrom(benchmarkCase.Descriptor.Type)
                ? ((IRetainsResult)HostMeasurements.Instance(benchmarkCase)).RetainedBytes(benchmarkCase.Descriptor.WorkloadMethod.Name)
                : null;
    }

    /// <summary>One value of <see cref="IHostMeasured.Measure"/>, measured once per case.</summary>
    internal sealed class HostMeasuredColumn : ComputedColumn
    {
        private static readonly ConcurrentDictionary<BenchmarkCase, IReadOnlyDictionary<string, string>?> Measured = new();

        public HostMeasuredColumn(string name, string legend) : base(name, legend) { }

        protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
            Measured.GetOrAdd(benchmarkCase, Measure) is { } values && values.TryGetValue(ColumnName, out var value) ? value : null;

        private static IReadOnlyDictionary<string, string>? Measure(BenchmarkCase benchmarkCase) =>
            typeof(IHostMeasured).IsAssignableFrom(benchmarkCase.Descriptor.Type)
                ? ((IHostMeasured)HostMeasurements.Instance(benchmarkCase)).Measure(benchmarkCase.Descriptor.WorkloadMethod.Name)
                : null;
    }
}
