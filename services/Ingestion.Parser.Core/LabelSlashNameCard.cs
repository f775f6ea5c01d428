namespace Ingestion.Parser.Core;

/// <summary>
/// "AUTHOR / Dana Whitcomb" / "I grew up on the harbour and have written about its boats since 2006. …": a theme's author
/// card under the text prints the box's label and the writer's name on one line, parted by a slash or a bar, over the
/// writer's biography. The card is no part of the story, as the card whose label and name stand on lines of their own
/// is not (<see cref="BareAuthorLabelBox"/>); on a page with no byline it is what names the writer.
/// </summary>
internal static class LabelSlashNameCard
{
    private static readonly WordSet Labels = new(["author", "autor", "autorin", "auteur", "autore", "autora", "written by", "about the author"]);

    private const int LongestLine = 70;

    private const int LongestBiography = 700;

    /// <summary>The name in the card line at <paramref name="index"/> and the biography's line under it, or -1.</summary>
    public static int BiographyLine(PageLines lines, int index, int end, out string name)
    {
        name = "";
        var line = lines[index].Text.AsSpan().Trim();
        if (line.Length > LongestLine || line.IndexOfAny('/', '|') is not (> 0 and var bar) || bar + 1 >= line.Length)
        {
            return -1;
        }

        var label = line[..bar].Trim();
        var shown = line[(bar + 1)..].Trim();
        if (!Labels.Contains(label) || shown.IndexOfAny('/', '|') >= 0 || Words.Count(shown) is < 2 or > 5 || !Words.LooksLikePersonName(shown))
        {
            return -1;
        }

        var biography = lines.NextNonBlank(index, end);
        if (biography >= end || lines[biography].Text is var text && (text.Length > LongestBiography || !Words.EndsSentence(text) || !IsAboutWriter(text, shown)))
        {
            return -1;
        }

        name = shown.ToString();
        return biography;
    }

    /// <summary>"I grew up …", "Dana Whitcomb grew up …", "Whitcomb has …", "is a partner at …": the writer speaks, or is spoken of.</summary>
    private static bool IsAboutWriter(string text, ReadOnlySpan<char> name)
    {
        var lastName = name[(name.LastIndexOf(' ') + 1)..];
        return char.IsLower(text[0]) || text.AsSpan().StartsWith(name, StringComparison.Ordinal) || text.AsSpan().StartsWith(lastName, StringComparison.Ordinal)
            || FirstPersonSingular.Speaks(text.AsSpan(0, Math.Min(text.Length, 120)));
    }
}
