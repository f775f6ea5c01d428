namespace Ingestion.Parser.Core;

/// <summary>
/// "Roundabout is working" / the letter / "Walter Ames, Cedar Falls" / "Don't cut the music program" / …: a letters
/// page gives every letter a heading and signs it with the writer's name and town. The heading over the first letter
/// stands where a deck would, right under the date and the tool row; it is body like the others when the letter under
/// it is signed "Name, Town" right over the next heading.
/// </summary>
internal static class LetterHeading
{
    private const int MaxHeadingWords = 10;

    private const int MaxSignatureWords = 8;

    /// <summary>How many lines a letter runs to before its signature, at most.</summary>
    private const int MaxLetterLines = 12;

    public static bool OpensLetters(PageLines lines, int index, int end)
    {
        if (!IsHeading(lines[index].Text))
        {
            return false;
        }

        var line = lines.NextNonBlank(index, end);
        var prose = false;
        for (var seen = 0; line < end && seen < MaxLetterLines; seen++)
        {
            if (IsSignature(lines[line].Text))
            {
                // "Pin it" / "Comments (22)" / "Claire Devereux, Jonah Price" / "Jared Milner/Getty Images": a tool row, a
                // picture's caption of two names and its credit are no letter; a letter holds a sentence, and a credit
                // heads none.
                var next = lines.NextNonBlank(line, end);
                return seen > 0 && prose && next < end && IsHeading(lines[next].Text) && !CaptionDetector.IsSlashCredit(lines[next].Text.AsSpan().Trim());
            }

            prose |= Words.EndsSentence(lines[line].Text);
            line = lines.NextNonBlank(line, end);
        }

        return false;
    }

    private static bool IsHeading(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length > 0 && char.IsUpper(text[0]) && Words.Count(text) is >= 2 and <= MaxHeadingWords && !Words.EndsSentence(text)
            && !text.Contains(',') && !text.Contains(':');
    }

    /// <summary>"Walter Ames, Cedar Falls", "Jim and Carol Becker, Cedar Falls": the writer's name, a comma and the town.</summary>
    private static bool IsSignature(string line)
    {
        var text = line.AsSpan().Trim();
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || text[(comma + 2)..].Contains(',') || Words.Count(text) > MaxSignatureWords || Words.EndsSentence(text))
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            var word = text[range].TrimEnd(',');
            if (word.IsEmpty || (!char.IsUpper(word[0]) && !word.SequenceEqual("and")))
            {
                return false;
            }
        }

        return true;
    }
}
