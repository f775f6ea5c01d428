namespace Ingestion.Parser.Core;

/// <summary>
/// "Updated", "Published:", "Aktualisiert": a time stamp's label alone on its line, the time itself written by a script a
/// text browser does not run.
/// </summary>
internal static class BareTimeLabel
{
    private static readonly WordSet Labels = new(
        ["updated", "last updated", "published", "posted", "aktualisiert", "veröffentlicht", "mis à jour", "publié", "actualizado", "publicado"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim().TrimEnd(':').TrimEnd();
        return text.Length is > 0 and <= 12 && Labels.Contains(text);
    }
}
