using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SharpFuzz;
using TypedTranscripts;
using TypedTranscripts.Generator.Emit;
using TypedTranscripts.Generator.Pipeline;

// Under afl-fuzz (fuzz.sh): bytes in, a crash out whenever the target throws. With file arguments: runs the target on
// each file, to replay a crash or check the seeds, and prints "ok" when none fails.
if (args.Length > 0)
{
    foreach (var path in args) FuzzTarget.Run(File.ReadAllBytes(path));
    Console.WriteLine("ok");
    return;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var bytes = new MemoryStream();
    stream.CopyTo(bytes);
    FuzzTarget.Run(bytes.ToArray());
});

/// <summary>
/// What must hold for any bytes: the parser reports no internal error (TT0006, which it raises for an exception of its
/// own), parses the same twice, and what the emitter writes for the call parses as C# with no error, no directive but
/// <c>#nullable enable</c> and no doc comment element but <c>summary</c>. Each failure throws, which AFL counts as a crash.
/// </summary>
internal static class FuzzTarget
{
    private static readonly ResolvedName Name = new("/project/fuzz.txt", "fuzz.txt", "Fuzz", "Q1_2010", "Transcripts.fuzz.txt.g.cs", null, null, null);

    public static void Run(byte[] bytes)
    {
        var result = EarningsCall.Parse(bytes, "fuzz.txt");
        if (result.Problems.FirstOrDefault(p => p.Code == ProblemCode.InternalError) is { } internalError)
            throw new InvalidOperationException(internalError.ToString());
        var again = EarningsCall.Parse(bytes, "fuzz.txt");
        if (!Equals(result.Call, again.Call) || !result.Problems.SequenceEqual(again.Problems))
            throw new InvalidOperationException("Two parses of the same bytes differ.");
        if (result.Call is null) return;

        foreach (bool utf8Literals in new[] { true, false })
        {
            string source = CallEmitter.Emit(result.Call, Name, "Consumer", "Transcripts", utf8Literals);
            var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose)).GetRoot();
            if (root.GetDiagnostics().FirstOrDefault() is { } error) throw new InvalidOperationException("Generated code does not parse: " + error);
            var directives = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).Select(t => t.ToString().Trim()).ToList();
            if (directives.Count != 1 || directives[0] != "#nullable enable")
                throw new InvalidOperationException("Generated code has directives of its own: " + string.Join(" | ", directives));
            var element = root.DescendantNodes(descendIntoTrivia: true).OfType<XmlNodeSyntax>()
                .FirstOrDefault(node => node is not XmlTextSyntax && !(node is XmlElementSyntax e && e.StartTag.Name.ToString() == "summary"));
            if (element is not null) throw new InvalidOperationException("A doc comment holds " + element.Kind());
        }
    }
}
