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
            var twoLines = line + 1 < end && IsNameOverTown(lines, line);
            if (twoLines || IsSignature(lines[line].Text))
            {
                // "Pin it" / "Comments (22)" / "Claire Devereux, Jonah Price" / "Jared Milner/Getty Images": a tool row, a
                // picture's caption of two names and its credit are no letter; a letter holds a sentence, and a credit
                // heads none.
                var next = lines.NextNonBlank(twoLines ? line + 1 : line, end);
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
            && !text.Contains(',') && !text.Contains(':') && !DeskByline.Is(line);
    }

    private const int MaxTownWords = 3;

    /// <summary>
    /// "Walter J. Brandvold" / "Eastfield": a name of capitalised words with the town right under it, no blank line
    /// between, set apart from the letter's last sentence above and the next heading below.
    /// </summary>
    private static bool IsNameOverTown(PageLines lines, int index)
    {
        // The signature stands apart: a blank line over the name, under a letter's last sentence, and one under the town.
        // A list of topics ("Consejo Seguridad ONU" / "John Kerry" / …) runs on with no blank line.
        if (lines[index + 1].IsBlank || index == 0 || !lines[index - 1].IsBlank || (index + 2 < lines.Count && !lines[index + 2].IsBlank)
            || lines.PreviousNonBlank(index) is var above && (above < 0 || !Words.EndsSentence(lines[above].Text)))
        {
            return false;
        }

        var name = lines[index].Text.AsSpan().Trim();
        var town = lines[index + 1].Text.AsSpan().Trim();
        return name.Length is > 0 and <= 60 && town.Length is > 0 and <= 40 && !name.Contains(',') && !town.Contains(',')
            && Words.Count(name) is >= 2 and <= MaxSignatureWords && Words.Count(town) <= MaxTownWords
            && !Words.EndsSentence(name) && !Words.EndsSentence(town) && IsCapitalised(name) && IsCapitalised(town);
    }

    /// <summary>Every word opens with a capital, save "and" between two names ("Tom and Ellen Gustafsen").</summary>
    private static bool IsCapitalised(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty || (!char.IsUpper(word[0]) && !word.SequenceEqual("and")))
            {
                return false;
            }
        }

        return true;
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
