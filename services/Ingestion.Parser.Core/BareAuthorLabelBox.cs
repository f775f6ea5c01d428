namespace Ingestion.Parser.Core;

/// <summary>
/// "… eine Frist von vier Wochen setzen.“" / "AUTOR" / "Dr. Jonas Feldhaus" / "ist Partner einer Kölner Kanzlei. Er berät …":
/// a guest contributor's box set into the text under its last paragraph: a one-word label, the contributor's name on a
/// line of its own, and the biography that goes on from the name ("ist …", "is …"). The box is the guest's card, no
/// part of the story, and the guest is no byline's writer (the page names its own).
/// </summary>
internal static class BareAuthorLabelBox
{
    private static readonly WordSet Labels = new(["autor", "autorin", "autoren", "author", "auteur", "autore", "autora", "gastautor", "gastautorin", "guest author"]);

    private const int LongestName = 50;

    private const int LongestBiography = 700;

    /// <summary>The biography's line when the label at <paramref name="index"/> opens such a box, or -1.</summary>
    public static int End(PageLines lines, int index, int end)
    {
        var label = lines[index].Text.AsSpan().Trim().TrimEnd(':').TrimEnd();
        if (label.Length is < 5 or > 12 || !Labels.Contains(label))
        {
            return -1;
        }

        var name = lines.NextNonBlank(index, end);
        if (name >= end)
        {
            return -1;
        }

        var shown = lines[name].Text.AsSpan().Trim();
        if (shown.Length > LongestName || Words.Count(shown) is < 2 or > 5 || !Words.LooksLikePersonName(WithoutTitle(shown)))
        {
            return -1;
        }

        var biography = lines.NextNonBlank(name, end);
        if (biography >= end)
        {
            return -1;
        }

        var text = lines[biography].Text;
        if (text.Length > LongestBiography || !Words.EndsSentence(text))
        {
            return -1;
        }

        // "ist Gründungspartner …", "is a partner at …": the sentence goes on from the name above it; or it opens with the name.
        var lastName = shown[(shown.LastIndexOf(' ') + 1)..];
        return char.IsLower(text[0]) || text.AsSpan().StartsWith(shown, StringComparison.Ordinal) || text.AsSpan().StartsWith(lastName, StringComparison.Ordinal)
            ? biography
            : -1;
    }

    /// <summary>"Dr. Jonas Feldhaus", "Prof. Dr. Ana Ruiz": the name without the academic titles before it.</summary>
    private static ReadOnlySpan<char> WithoutTitle(ReadOnlySpan<char> name)
    {
        while (name.StartsWith("Dr. ", StringComparison.Ordinal) || name.StartsWith("Prof. ", StringComparison.Ordinal))
        {
            name = name[(name.IndexOf(' ') + 1)..];
        }

        return name;
    }
}
