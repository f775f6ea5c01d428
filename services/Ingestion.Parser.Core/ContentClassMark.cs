namespace Ingestion.Parser.Core;

/// <summary>
/// "… informada por la secretaria de Comunicación en Radio Centro. (I)": Ecuador's communication law has every story
/// close with its class in brackets — (I) informative, (O) opinion, (F) formative, (E) entertainment, (D) sports — after
/// the last sentence, explained in the footer. The mark is no part of the text: the last paragraph loses it, and a mark
/// on a line of its own is no paragraph.
/// </summary>
internal static class ContentClassMark
{
    private static readonly string[] Marks = ["(I)", "(O)", "(F)", "(E)", "(D)"];

    public static void RemoveFrom(List<string> body)
    {
        if (body.Count < 2)
        {
            return;
        }

        var last = body[^1].AsSpan().TrimEnd();
        foreach (var mark in Marks)
        {
            if (!last.EndsWith(mark, StringComparison.Ordinal))
            {
                continue;
            }

            var before = last[..^mark.Length].TrimEnd();
            if (before.IsEmpty)
            {
                body.RemoveAt(body.Count - 1);
            }
            else if (before.Length < last.Length - mark.Length && before[^1] is '.' or '!' or '?' or '"' or '”' or '»')
            {
                // The mark follows the last sentence's stop after a space: ". (I)", never "Rep. Ana Ortiz (D)".
                body[^1] = before.ToString();
            }

            return;
        }
    }
}
