using System;
using System.Collections.Generic;
using BenchmarkDotNet.Running;

namespace TypedTranscripts.Benchmarks.Reporting
{
    /// <summary>Values a benchmark class measures once, in the host process and outside the timed runs (sizes, step counts), for its columns.</summary>
    internal interface IHostMeasured
    {
        IReadOnlyDictionary<string, string> Measure(string benchmarkMethod);
    }

    /// <summary>How many bytes a benchmark's return value keeps reachable, so that allocation splits into the result and the rest.</summary>
    internal interface IRetainsResult
    {
        long RetainedBytes(string benchmarkMethod);
    }

    internal static class HostMeasurements
    {
        /// <summary>An instance of the case's benchmark class with the case's parameters set, as BenchmarkDotNet's child process has it.</summary>
        public static object Instance(BenchmarkCase benchmarkCase)
        {
            var type = benchmarkCase.Descriptor.Type;
            var instance = Activator.CreateInstance(type)!;
            foreach (var parameter in benchmarkCase.Parameters.Items)
            {
                var property = type.GetProperty(parameter.Name) ?? throw new InvalidOperationException($"{type.Name}.{parameter.Name} is not a property");
                property.SetValue(instance, parameter.Value);
            }
            return instance;
        }

        /// <summary>Bytes that one result of <paramref name="produce"/> keeps reachable, averaged over many kept results.</summary>
        public static long RetainedBytes(Func<object> produce)
        {
            const int Copies = 64;
            produce(); // static caches and lazy fields are not the result's
            var kept = new object[Copies];
            long before = GC.GetTotalMemory(forceFullCollection: true);
            for (int i = 0; i < Copies; i++) kept[i] = produce();
            long after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(kept);
            return Math.Max(0, after - before) / Copies;
        }
    }
}
