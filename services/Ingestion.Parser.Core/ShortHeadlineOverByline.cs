namespace Ingestion.Parser.Core;

/// <summary>
/// "Weiterlesen" / "12.03.2013, 09:15 von lindner_m" / the text: a blog post's headline of one to three words may read
/// as a button or a menu item ("Weiterlesen" is the German "Read more"), so no headline rule takes it, and the byline under it
/// was read as the title instead. When nothing else gave a headline, the short line right over a dated byline that names
/// a writer is the post's headline: a byline stands under its headline, and no button stands right over a byline.
/// </summary>
internal static class ShortHeadlineOverByline
{
    private const int MostWords = 7;

    /// <summary>The headline over the first dated byline before <paramref name="end"/>, or -1.</summary>
    public static int Find(PageLines lines, int end)
    {
        for (var i = 1; i < end; i++)
        {
            if (lines[i].IsBlank || !Words.HasDigit(lines[i].Text) || !lines.TryReadMetadata(i, out var found) || found.Authors is not { Count: > 0 } || found.Time is null)
            {
                continue;
            }

            var above = lines.PreviousNonBlank(i);
            if (above < 0 || i - above > 2)
            {
                return -1;
            }

            var text = lines[above].Text.AsSpan().Trim();
            return text.Length is > 1 and <= 80 && Words.CountUpTo(text, MostWords + 1) <= MostWords && !Words.EndsSentence(text)
                && !lines.TryParseDate(above, out _) && !lines.TryReadMetadata(above, out _) ? above : -1;
        }

        return -1;
    }
}
