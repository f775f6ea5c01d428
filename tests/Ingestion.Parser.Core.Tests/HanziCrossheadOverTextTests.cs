using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziCrossheadOverTextTests
{
    private const string Text = "河边小镇的新渡轮将在明年春天开通，每天往返对岸十二次，镇上的居民和学生都可以乘坐，码头也会重新修建，镇里还会增加两条公交线路接驳渡口。";

    private static bool IsCrosshead(params string[] lines)
    {
        var page = new PageLines([.. lines.Select(line => new TextLine(0, line))]);
        return HanziCrossheadOverText.Is(page, 0, lines.Length - 1);
    }

    [Fact]
    public void A_short_chinese_line_over_lines_ending_as_sentences_opens_the_text() =>
        Assert.True(IsCrosshead("渡口的新变化", "过去：渡船多久来一班？", "现在：每天往返十二次！", Text));

    [Theory]
    [InlineData("本报记者 王晓明")]
    [InlineData("2016年5月12日")]
    [InlineData("——记河边小镇的摆渡人")]
    [InlineData("编者按：渡口的新变化")]
    [InlineData("Ferry news")]
    public void A_staff_line_a_date_a_subtitle_a_label_or_latin_words_is_no_crosshead(string line) =>
        Assert.False(IsCrosshead(line, "过去：渡船多久来一班？", Text));

    [Fact]
    public void A_line_over_a_byline_or_right_over_the_first_long_paragraph_is_no_crosshead()
    {
        Assert.False(IsCrosshead("渡口的新变化", "本报记者 王晓明", Text));
        Assert.False(IsCrosshead("渡口的新变化", Text));
    }

    private const string Lead = "河边小镇召开的渡口会议吸引了全镇居民的目光。几位船工告诉本报，新渡轮方便了大家出行。";

    private static bool IsCrossheadAt(int index, params string[] lines)
    {
        var page = new PageLines([.. lines.Select(line => new TextLine(0, line))]);
        return HanziCrossheadOverText.Is(page, index, lines.Length - 1);
    }

    [Fact]
    public void A_short_chinese_line_between_the_lead_and_the_first_long_paragraph_is_a_crosshead() =>
        Assert.True(IsCrossheadAt(1, Lead, "新渡轮是大家所盼", Text));

    [Fact]
    public void A_name_or_a_line_under_a_heading_right_over_the_first_long_paragraph_is_no_crosshead()
    {
        Assert.False(IsCrossheadAt(1, Lead, "王晓明", Text));
        Assert.False(IsCrossheadAt(1, Lead, "欧阳晓明", Text));
        Assert.False(IsCrossheadAt(1, "渡口的新变化", "新渡轮是大家所盼", Text));
    }
}
