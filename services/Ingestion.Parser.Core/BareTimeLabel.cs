namespace Ingestion.Parser.Core;

/// <summary>
/// "Updated", "Published:", "Aktualisiert": a time stamp's label alone on its line, the time itself written by a script a
/// text browser does not run.
/// </summary>
internal static class BareTimeLabel
{
    /// <summary>The labels, also the openers of a date written as a sentence of its own (<see cref="BylineSentenceBeforeDate"/>).</summary>
    public static readonly string[] LabelWords =
        ["updated", "last updated", "published", "posted", "erstellt", "aktualisiert", "veröffentlicht", "mis à jour", "publié", "actualizado",
         "publicado", "aggiornato", "pubblicato"];

    private static readonly WordSet Labels = new(LabelWords);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim().TrimEnd(':').TrimEnd();
        return text.Length is > 0 and <= 12 && Labels.Contains(text);
    }
}
