namespace Ingestion.Parser.Core;

/// <summary>
/// "≫次の記事" / "Stack Overflowが新社長を募集中。創業者の…「…」" and "≪前の記事" / headline: a blog links its next and
/// previous posts under the text, each label over one headline. A Japanese headline reads as a sentence (its clauses end
/// in "。"), so the link-list test (headline-shaped lines) does not take it; the one line right under such a label is the
/// neighbour's headline whatever its shape, no paragraph of the text.
/// </summary>
internal static class NeighbourPostHeadline
{
    /// <summary>The labels, also among <see cref="BoilerplateFilter"/>'s related headings: such a label is never text.</summary>
    internal static readonly string[] LabelWords = ["次の記事", "前の記事", "next article", "previous article", "next post", "previous post", "next story", "previous story",
        "vorheriger artikel", "nächster artikel", "artículo anterior", "artículo siguiente", "articolo precedente", "articolo successivo"];

    private static readonly WordSet Labels = new(LabelWords);

    /// <summary>The longest line taken for the neighbour's headline.</summary>
    private const int MaxHeadlineLength = 160;

    /// <summary>Whether <paramref name="label"/> (arrows and colon aside) labels a link to the next or previous post.</summary>
    public static bool IsLabel(string label) => label.Length < 30 && Labels.Contains(label.AsSpan().Trim(" :.…≫≪»«<>›‹"));

    /// <summary>Whether <paramref name="line"/>, right under such a label, is short enough to be the linked headline.</summary>
    public static bool IsHeadline(string line) => line.Length is > 0 and <= MaxHeadlineLength;
}
