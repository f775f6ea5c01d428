namespace Ingestion.Parser.Core;

/// <summary>
/// "… aux régions en septembre." / "Claire Dumoulin": a national daily prints its writer's name again, alone, under the
/// last paragraph (a link to the writer's page), after the byline already gave it; the name is no paragraph.
/// </summary>
internal static class SignatureUnderText
{
    public static void RemoveFrom(List<string> body, IReadOnlyList<string> authors)
    {
        if (body.Count < 2)
        {
            return;
        }

        var last = body[^1];
        foreach (var author in authors)
        {
            if (string.Equals(last, author, StringComparison.OrdinalIgnoreCase))
            {
                body.RemoveAt(body.Count - 1);
                return;
            }
        }
    }
}
