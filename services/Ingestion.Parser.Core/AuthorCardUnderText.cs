namespace Ingestion.Parser.Core;

/// <summary>
/// "Ines Carvalho" / "Rides the 14 most days. Former planning commissioner." / "Share this post": a blog theme's author
/// card closes the text with the writer's bare name over a one- or two-sentence biography, and nothing of the text
/// follows. On a page with no byline it is the only place that names the writer.
/// </summary>
internal static class AuthorCardUnderText
{
    private const int MaxBiographyLength = 200;

    /// <summary>The biography's line when the name at <paramref name="index"/> opens such a card, or -1.</summary>
    public static int BiographyLine(PageLines lines, int index, int end)
    {
        var name = lines[index].Text.AsSpan().Trim();
        // "Marcus Pell, TE, Wolves" over a slide's text names the slide's player, with his position and team: a card's name stands alone.
        // "YOUR ACCOUNT" / "Join Now!": an account box's heading over its button (PossessiveOpenedName).
        if (name.Length > 40 || Words.Count(name) is < 2 or > 4 || name.Contains(',') || !Words.LooksLikePersonName(name) || PossessiveOpenedName.Is(name) || lines.IsBoilerplate(index))
        {
            return -1;
        }

        var biography = NextNonBlank(lines, index, end);
        if (biography >= end || lines[biography].Text is var text && (text.Length > MaxBiographyLength || !Words.EndsSentence(text)
            || Words.LooksLikePersonName(text) || lines.IsBoilerplate(biography) || AddressesReader(text)))
        {
            return -1;
        }

        // The card is the last block of the text: a share row or the comment heading may follow it, no paragraph.
        var after = NextNonBlank(lines, biography, end);
        return after >= end || lines.IsBoilerplate(after) ? biography : -1;
    }

    private static readonly WordSet ReaderWords = new(["you", "your"]);

    /// <summary>
    /// "Finished Planter" / "Set alone or in a row, these pots let you bring a little green to your sill.": a how-to's last
    /// step, its heading two capitalised words, tells the reader what to do; a card's biography speaks of the writer. A
    /// first sentence that addresses the reader past its first word ("You can reach her at …" may open a card) is text.
    /// </summary>
    private static bool AddressesReader(string text)
    {
        var sentence = text.AsSpan();
        if (sentence.IndexOf(". ") is > 0 and var stop)
        {
            sentence = sentence[..stop];
        }

        var first = true;
        foreach (var range in sentence.Split(' '))
        {
            var word = sentence[range].Trim(".,;:!?\"'“”‘’()");
            if (!first && ReaderWords.Contains(word))
            {
                return true;
            }

            first &= word.Length == 0;
        }

        return false;
    }

    private static int NextNonBlank(PageLines lines, int index, int end)
    {
        var i = index + 1;
        while (i < end && lines[i].IsBlank)
        {
            i++;
        }

        return i;
    }
}
