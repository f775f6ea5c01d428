namespace Ingestion.Parser.Core;

/// <summary>
/// "2019-06-12 09:30　来源：河边日报　作者：Name": the line under a Chinese headline names its fields by labels, each a few
/// characters and a colon, and parts them by spaces where other sites put bars or dots. The last field is read alone
/// (<see cref="HanziStaffLinesUnderText.Read"/>: the writer's, the editor's or another staff label), the rest as a line
/// of its own, so the date before the labels is read as if they were not there.
/// </summary>
internal static class HanziLabelledFields
{
    /// <summary>The longest label: "稿件来源", "图片来源" and their like are four characters.</summary>
    private const int MaxLabelLength = 4;

    /// <summary>Where the last labelled field after a space starts in <paramref name="segment"/>, or -1 when it holds none.</summary>
    public static int LastFieldStart(ReadOnlySpan<char> segment)
    {
        // The labels' colons; a clock's colon has a digit before it, no label.
        for (var colon = segment.LastIndexOfAny('：', ':'); colon > 1; colon = segment[..colon].LastIndexOfAny('：', ':'))
        {
            var start = colon;
            while (start > 0 && colon - start < MaxLabelLength && segment[start - 1] is >= '\u4E00' and <= '\u9FFF')
            {
                start--;
            }

            if (start > 0 && start < colon && (char.IsWhiteSpace(segment[start - 1]) || segment[start - 1] == '\u3000') && HanziStaffLinesUnderText.IsLabel(segment[start..colon]))
            {
                return start;
            }
        }

        return -1;
    }
}
