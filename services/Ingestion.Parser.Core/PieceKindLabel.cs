namespace Ingestion.Parser.Core;

/// <summary>
/// "Ein Artikel von Hanna Winter 14.03.2018", "Ein Kommentar von Name, 26.09.2013": a German site names the kind of piece
/// before its writer (<see cref="BylineParser"/>'s "ein artikel von ", "ein kommentar von "). Split at its " von " as
/// "Headline by Name" is, the label's words ("Ein Artikel") read as a bare name beside the date; they are the byline's
/// label, and the segment a labelled byline. A date word's filler before the by-word ("Posted by X on DATE") is no such
/// label: it adds nothing and the split reads the rest.
/// </summary>
internal static class PieceKindLabel
{
    /// <summary>Whether the byline label <paramref name="segment"/> opens with ends with the by-word found at <paramref name="at"/>.</summary>
    public static bool Ends(string segment, int at, string join) =>
        MetadataLine.IsByWord(join) && BylineParser.LabelLength(segment) == at + join.Length
        && !(DateWords.TryGet(segment.AsSpan(0, at), out var kind, out _) && kind == DateWords.Kind.Filler);
}
