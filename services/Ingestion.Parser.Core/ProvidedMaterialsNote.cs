namespace Ingestion.Parser.Core;

/// <summary>
/// "Materials provided by Harbour Institute. Note: Content may be edited for style and length.": a science news site
/// that rewrites institutions' releases names under the text whose release it was, as "With files from …" credits a
/// wire. The note is the phrase, the issuer's name and a full stop, and at most a "Note:" on editing after it; a
/// sentence of the text that opens with the phrase ("Materials provided by the council show that …") runs on.
/// </summary>
internal static class ProvidedMaterialsNote
{
    private const string Opening = "Materials provided by ";

    private const string EditingNote = "Note:";

    /// <summary>"University of Ludwigsburg Department of Marine Sciences": an institution's name is a few words.</summary>
    private const int MostNameWords = 10;

    /// <summary>The issuer's name and the editing note: a line or two.</summary>
    private const int LongestNote = 250;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestNote || !text.StartsWith(Opening, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The issuer's name ends at the editing note, or at the line's last full stop.
        var rest = text[Opening.Length..].TrimEnd();
        var note = rest.IndexOf(EditingNote, StringComparison.Ordinal);
        var name = note > 0 ? rest[..note].TrimEnd() : rest;
        return name.Length > 1 && name[^1] == '.' && Words.Count(name) <= MostNameWords && name[..^1].IndexOf(". ", StringComparison.Ordinal) is var inner
            && (inner < 0 || IsInitialStop(name, inner));
    }

    /// <summary>"U.S. Geological Survey.": a full stop after a capital alone closes an initial, not a sentence.</summary>
    private static bool IsInitialStop(ReadOnlySpan<char> name, int stop) => stop >= 1 && char.IsUpper(name[stop - 1]) && (stop == 1 || !char.IsLetter(name[stop - 2]));
}
