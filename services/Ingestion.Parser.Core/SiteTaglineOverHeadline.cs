namespace Ingestion.Parser.Core;

/// <summary>
/// "Riverbend Courier" / "News for the Tolland Valley" / "Spillway repairs to close Mill Street bridge for six weeks" /
/// "By Gwen Harlowe": a site or a blog prints its name and a line about itself over every story, and a text browser
/// prints them over the story's headline, where they read like a kicker over a headline and its deck. The line is
/// about the site when it says so: it speaks of the news ("Making sense of the news around the world") or names the
/// columnist who signs the story under it ("Rita Olander on food, farms and …" over "By Rita Olander on …"). It shares
/// no word with the headline under it, nor does the name over it: a kicker names the story's subject.
/// </summary>
internal static class SiteTaglineOverHeadline
{
    /// <summary>A tagline is a phrase, not a paragraph.</summary>
    private const int TaglineLength = 100;

    /// <summary>Words this long carry the subject; shorter ones are "the", "for", "and".</summary>
    private const int SubjectWordLength = 5;

    /// <summary>The word a news site's or a news blog's tagline speaks of itself with.</summary>
    private static readonly WordSet NewsWords = new(["news", "nachrichten", "noticias", "nouvelles", "notizie", "notícias", "nieuws"]);

    public static bool Is(PageLines lines, int tagline, int headline, int end)
    {
        var text = lines[tagline].Text;
        if (text.Length > TaglineLength || Words.EndsSentence(text) || Words.EndsSentence(lines[headline].Text))
        {
            return false;
        }

        var name = lines.PreviousNonBlank(tagline);
        if (name < 0 || !TaglineUnderMasthead.IsMasthead(lines[name].Text) || SectionKickerInMenu.Is(lines, name) || BoilerplateFilter.IsRelatedHeading(lines[name].Text)
            || SharesSubjectWord(text, lines[headline].Text) || SharesSubjectWord(lines[name].Text, lines[headline].Text))
        {
            return false;
        }

        return SpeaksOfNews(text) || NamesWriterUnder(lines, text, headline, end);
    }

    private static bool SpeaksOfNews(string text)
    {
        foreach (var range in text.AsSpan().SplitAny(' ', ','))
        {
            if (NewsWords.Contains(text.AsSpan(range).Trim(".,;:!?'\"()‘’“”")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Rita Olander on food, farms and the people who feed Cass County" over the headline and "By Rita Olander on …".</summary>
    private static bool NamesWriterUnder(PageLines lines, string text, int headline, int end)
    {
        var byline = lines.NextNonBlank(headline, end);
        return byline < end && lines.TryReadMetadata(byline, out var found) && found.Authors is [var writer]
            && text.Length > writer.Length && text.StartsWith(writer, StringComparison.Ordinal) && text[writer.Length] == ' ';
    }

    private static bool SharesSubjectWord(string text, string other)
    {
        foreach (var range in text.AsSpan().SplitAny(' ', ','))
        {
            var word = text.AsSpan(range).Trim(".,;:!?'\"()‘’“”");
            if (word.Length >= SubjectWordLength && other.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
