using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "A coach who posted to &lt;a href="https://news.example.com/topics/companies/facebook.htm"&gt;Facebook&lt;/a&gt; started a
/// backlash.": news sites link the names in a story's sentences to their topic pages, their own or a partner's. Such a
/// link is read in the sentence, not listed; only a row of links set apart (a tag line, a "Topics" box) names the
/// story's tags. A link with a run of words on either side of it in the same element sits in running text.
/// </summary>
internal static class InlineTopicLink
{
    /// <summary>"Tags: ", "Read more on ", ", ": a label or a separator in a row of links is shorter.</summary>
    private const int SentenceWords = 5;

    public static bool Is(IElement link) => IsProse(link.PreviousSibling) || IsProse(link.NextSibling);

    private static bool IsProse(INode? node) => node is IText text && Words.CountUpTo(text.Data, SentenceWords) >= SentenceWords;
}
