using System.Threading;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>One source layout: how sure it is that a text is its own, and how to read it.</summary>
    internal interface ITranscriptLayout
    {
        TranscriptLayout Kind { get; }

        /// <summary>The name used in diagnostics and in the <c>Layout</c> item metadata.</summary>
        string Name { get; }

        /// <summary>0 (not this layout) to 100 (certainly this layout). Looks only at a bounded prefix of the text.</summary>
        int Detect(SourceText source);

        LayoutDocument Read(SourceText source, CancellationToken cancellationToken);
    }
}
