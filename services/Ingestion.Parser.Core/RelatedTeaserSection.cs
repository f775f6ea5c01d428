using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="news-teaser"&gt;&lt;div class="container"&gt;&lt;div class="row"&gt;&lt;div class="col-12"&gt;&lt;h3&gt;Mehr zum
/// Thema&lt;/h3&gt;…&lt;span class="subheader"&gt;Tour am Hafen&lt;/span&gt;&lt;h3&gt;&lt;a&gt;Nachtfähre fährt wieder&lt;/a&gt;&lt;/h3&gt;&lt;a&gt;mehr&lt;/a&gt;…":
/// a box of teasers for other stories set between the paragraphs, under a related heading ("More on this") that opens it
/// beneath grid wrappers, each teaser a short kicker over a linked headline. Read as lines, its kickers and headlines run
/// on into the text's next crosshead, which went with them. The box goes before the text is read: every word in it is
/// the heading's, a link's, or a kicker of a few words that ends no sentence, and two links at least are headlines.
/// Asked by <see cref="HeadedLinkBox"/> of boxes under its length limit.
/// </summary>
internal static class RelatedTeaserSection
{
    private const int MostKickerWords = 6;
    private const int MinHeadlineWords = 3;
    private const int MinHeadlines = 2;

    public static bool Is(IElement box)
    {
        if (box.LocalName is not ("section" or "div") || WrappedOpeningHeading.Find(box) is not { } heading
            || !BoilerplateFilter.IsRelatedHeading(Whitespace.Collapse(heading.TextContent).Trim()))
        {
            return false;
        }

        var headlines = 0;
        foreach (var link in box.SelectAll("a"))
        {
            if (Words.CountUpTo(Whitespace.Collapse(link.TextContent), MinHeadlineWords) >= MinHeadlineWords && ++headlines >= MinHeadlines)
            {
                break;
            }
        }

        if (headlines < MinHeadlines)
        {
            return false;
        }

        foreach (var text in box.Descendants<IText>())
        {
            var words = text.Data.AsSpan().Trim();
            if (words.IsEmpty || heading.Contains(text) || text.ParentElement?.Nearest("a") is { } link && box.Contains(link))
            {
                continue;
            }

            if (Words.CountUpTo(words, MostKickerWords + 1) > MostKickerWords || Words.EndsSentence(words))
            {
                return false;
            }
        }

        return true;
    }
}
