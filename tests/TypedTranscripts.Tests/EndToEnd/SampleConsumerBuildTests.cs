using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TypedTranscripts.Tests.EndToEnd
{
    /// <summary>
    /// The package as a user gets it: packed, restored from a feed, run by the real compiler in a real build. A copy of
    /// the sample consumer gets hostile and broken transcripts beside its good ones; the build must succeed, report each
    /// broken file at its line, and the program must still print every good call.
    /// </summary>
    public class SampleConsumerBuildTests
    {
        private readonly ITestOutputHelper _output;

        public SampleConsumerBuildTests(ITestOutputHelper output) => _output = output;

        [DotnetFact]
        public void The_sample_builds_beside_hostile_transcripts_reports_them_and_prints_every_good_call()
        {
            var work = Directory.CreateTempSubdirectory("typedtranscripts-sample-");
            try
            {
                string feed = Path.Combine(work.FullName, "feed");
                string sample = Path.Combine(work.FullName, "sample");
                string configuration = typeof(SampleConsumerBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
                Dotnet(work.FullName, "pack", Path.Combine(Corpus.RepositoryRoot, "src", "TypedTranscripts.Package"), "-c", configuration, "-o", feed);

                CopyDirectory(Path.Combine(Corpus.RepositoryRoot, "sample-consumer"), sample);
                File.WriteAllText(Path.Combine(sample, "nuget.config"),
                    $"<configuration><packageSources><clear /><add key=\"packed\" value=\"{feed}\" /></packageSources></configuration>");
                string calls = Path.Combine(sample, "Transcripts");
                var random = new byte[4096];
                new Random(20091022).NextBytes(random);
                File.WriteAllBytes(Path.Combine(calls, "binary.txt"), random);
                File.WriteAllBytes(Path.Combine(calls, "empty.txt"), Array.Empty<byte>());
                // UTF-16 code units as they are, lone surrogates too, which no UTF-8 file can hold: the compiler decodes them.
                File.WriteAllBytes(Path.Combine(calls, "injection.txt"), new byte[] { 0xFF, 0xFE }.Concat(HostileText.InjectionTranscript().SelectMany(c => new[] { (byte)c, (byte)(c >> 8) })).ToArray());
                string northwind = File.ReadAllText(Corpus.Fixture("StreetEvents/northwind-q4-2011.txt"));
                File.WriteAllText(Path.Combine(calls, "northwind-utf16.txt"), northwind, Encoding.Unicode);
                // Not UTF-8 (the á), so the compiler falls back; the call is generated all the same.
                string fabrikam = File.ReadAllText(Corpus.Fixture("StreetEvents/fabrikam-q2-2023.txt")).Replace("Daniel Avery Brooks", "Dániel Avery Brooks");
                File.WriteAllBytes(Path.Combine(calls, "fabrikam-1252.txt"), CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(fabrikam));
                File.WriteAllText(Path.Combine(calls, "huge.txt"), string.Concat(Enumerable.Repeat(northwind, 1000)));

                string build = Dotnet(sample, "build", "-c", "Debug", "-p:TypedTranscriptsMaxFileSize=1048576");
                Assert.Matches(@"binary\.txt\(1,1\): warning TT0001: The file holds binary data, not text", build);
                Assert.Matches(@"empty\.txt\(1,1\): warning TT0001: The transcript is empty\.", build);
                Assert.Matches(@"huge\.txt\(1,1\): warning TT0007: The transcript has 1,458,000 characters, more than the limit of 1,048,576; .*<TypedTranscriptsMaxFileSize>2097152</TypedTranscriptsMaxFileSize>", build);
                // The compiler decodes what is not UTF-8, and lone surrogates in UTF-16, as U+FFFD: both files say so, where.
                Assert.Matches(@"fabrikam-1252\.txt\(13,1\): warning TT0005: The text has 2 characters that could not be decoded \(U\+FFFD\)", build);
                Assert.Matches(@"injection\.txt\(\d+,\d+\): warning TT0005: The text has \d+ characters that could not be decoded", build);
                Assert.DoesNotMatch(@"CS8785|TT0006|: error ", build);

                string run = Dotnet(sample, "run", "--no-build", "-c", "Debug");
                // Every good call of the sample, and the three of the added files that are transcripts, whatever their encoding.
                var companies = Regex.Matches(run, @"^(\S.*) \((\w*)\) — ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
                var expected = Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "sample-consumer", "Transcripts"))
                    .Select(file => EarningsCall.Load(file).Call!.Company!)
                    .Concat(new[] { "Fabrikam Towers Inc.", "Injection \"Quoted\" */ </summary> #error Corp", "Northwind Traders" });
                Assert.Equal(expected.Order(StringComparer.Ordinal), companies.Order(StringComparer.Ordinal));
                Assert.Contains("Adventure Works Cycles, Inc. (AWC)", run); // the ticker its item metadata gives
                Assert.Contains("Litware's CFO is Yuki Tanaka", run);
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }

        /// <summary>Runs the dotnet CLI with the given arguments; returns its output, failing on a non-zero exit.</summary>
        private string Dotnet(string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo(DotnetFactAttribute.Dotnet!)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            if (arguments[0] is "pack" or "build")
            {
                // No build servers or reused nodes: nothing of this test outlives it.
                foreach (var argument in new[] { "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false" }) start.ArgumentList.Add(argument);
            }
            // The test runs inside `dotnet test`, whose MSBuild settings would leak into this build.
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
                start.Environment.Remove(name);
            // The sample restores into a cache of its own, so that no package packed before, under the same version
            // pattern, is taken from the machine's; the packing keeps the machine's cache that the solution restored into.
            if (arguments[0] != "pack") start.Environment["NUGET_PACKAGES"] = Path.Combine(Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar))!, "packages");
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";

            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"dotnet {string.Join(" ", arguments)} did not finish in 5 minutes:\n{output}");
            }
            process.WaitForExit();
            string text = output.ToString();
            _output.WriteLine($"$ dotnet {string.Join(" ", start.ArgumentList)}\n{text}");
            Assert.True(process.ExitCode == 0, $"dotnet {string.Join(" ", arguments)} exited with {process.ExitCode}:\n{text}");
            return text;
        }

        private static void CopyDirectory(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
                File.Copy(file, Path.Combine(to, relative));
            }
        }
    }

    /// <summary>A fact that needs the dotnet CLI; skipped, saying so, only where it cannot be found.</summary>
    public sealed class DotnetFactAttribute : FactAttribute
    {
        /// <summary>The CLI that runs these tests (DOTNET_HOST_PATH), else the first on PATH, else null.</summary>
        public static readonly string? Dotnet = Find();

        public DotnetFactAttribute()
        {
            if (Dotnet is null) Skip = "The dotnet CLI was not found (neither DOTNET_HOST_PATH nor dotnet on PATH), so the package cannot be packed and built.";
        }

        private static string? Find()
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (host is not null && File.Exists(host)) return host;
            string name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
            return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
        }
    }
}
