using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;hr&gt;&lt;p&gt;More &lt;a&gt;The Boss&lt;/a&gt; features, which every week profile a different business leader:&lt;/p&gt;
/// &lt;p&gt;&lt;a&gt;How one man built …&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;a&gt;The snacks boss …&lt;/a&gt;&lt;/p&gt;&lt;hr&gt;": a news template sets a series
/// promotion in the middle of the text as a line leading in to it (it ends in a colon) over paragraphs that are each one
/// link to another story. <see cref="HtmlFurniture.RemoveTeaserParagraphs"/> drops the link paragraphs; the line that
/// announced them goes with them, as it announces nothing left. Only a line of at most a sentence's length, over a run
/// of at least two such paragraphs, is read so: a colon line over one link (an address or a document to read) or over
/// prose stays.
/// Cost: a dictionary only on pages whose text has teaser paragraphs; a look at the sibling before each.
/// </summary>
internal static class ColonLeadInOverTeaserRun
{
    private const int LongestLeadIn = 200;
    private const int MinTeasers = 2;

    /// <summary>
    /// Notes the paragraph just before <paramref name="teaser"/>, which is about to go: every teaser of a run, removed in
    /// page order, sees the same line before it.
    /// </summary>
    public static void Note(IElement teaser, ref Dictionary<IElement, int>? runsUnder)
    {
        if (teaser.PreviousElementSibling is not { LocalName: "p" } before)
        {
            return;
        }

        runsUnder ??= [];
        runsUnder[before] = runsUnder.TryGetValue(before, out var count) ? count + 1 : 1;
    }

    /// <summary>Removes each noted line that ends in a colon and led in to a run of at least two teasers.</summary>
    public static void Remove(Dictionary<IElement, int>? runsUnder)
    {
        if (runsUnder is null)
        {
            return;
        }

        foreach (var (leadIn, teasers) in runsUnder)
        {
            if (teasers >= MinTeasers && leadIn.ParentElement is not null && IsLeadIn(leadIn))
            {
                leadIn.Remove();
            }
        }
    }

    private static bool IsLeadIn(IElement paragraph)
    {
        var text = paragraph.TextContent.AsSpan().Trim();
        return text.Length is > 1 and <= LongestLeadIn && text[^1] == ':' && paragraph.SelectFirst("img") is null;
    }
}
