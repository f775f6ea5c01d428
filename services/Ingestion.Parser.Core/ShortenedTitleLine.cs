namespace Ingestion.Parser.Core;

/// <summary>
/// A document title that gives the headline in short form beside the site's name: "The Bixby Creek Gazette - Library
/// marks 100 years" over the story's own headline line "Bixby Creek library marks 100 years with open house" (hand-built
/// and template sites type a short title into the head). The page line that holds most of the short form's words, not
/// much longer and not a sentence, is the headline; the other part of the document title is the site.
/// </summary>
internal static class ShortenedTitleLine
{
    /// <summary>The shown line that is a fuller form of a part of <paramref name="documentTitle"/>; else null.</summary>
    public static string? Find(string documentTitle, PageLines lines)
    {
        var parts = DocumentTitleParts.Of(documentTitle);
        if (parts.Length != 2)
        {
            return null;
        }

        string? found = null;
        foreach (var part in parts)
        {
            var words = HeadlineWords.Of(part);
            if (words.Length < 3)
            {
                continue;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i].Text;
                // Cheap first: a fuller headline is longer than the short form, but not three times as long.
                // A line holding the part word for word is the part dressed ("Copyright © 2013 The Tri-Valley Herald"), not a
                // headline written out in full.
                if (text.Length <= part.Length || text.Length > part.Length * 3 || Words.EndsSentence(text) || !HeadlineWords.MostShown(words, text)
                    || text.Contains(part, StringComparison.Ordinal))
                {
                    continue;
                }

                if (found is not null && found != text)
                {
                    // Both parts widen to lines: neither is known as the headline.
                    return null;
                }

                found = Whitespace.Collapse(text);
                break;
            }
        }

        return found;
    }

    /// <summary>"The Bixby Creek Gazette" for the document title above and its widened headline; else null.</summary>
    public static string? SiteBeside(string documentTitle, string headline)
    {
        var parts = DocumentTitleParts.Of(documentTitle);
        if (parts.Length != 2)
        {
            return null;
        }

        for (var i = 0; i < 2; i++)
        {
            var words = HeadlineWords.Of(parts[i]);
            if (words.Length >= 3 && headline.Length > parts[i].Length && HeadlineWords.MostShown(words, headline)
                && !HeadlineWords.MostShown(HeadlineWords.Of(parts[1 - i]), headline) && parts[1 - i] is { Length: > 0 and <= 60 } other)
            {
                return other;
            }
        }

        return null;
    }
}
