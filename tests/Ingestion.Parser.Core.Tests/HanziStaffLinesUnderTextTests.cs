using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HanziStaffLinesUnderTextTests
{
    private static ParsedPage Parse(string author, string closing) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>河边小镇的新渡轮明年开通_本地_河边新闻网</title>
        <meta name="author" content="{{author}}" /></head>
        <body><h1>河边小镇的新渡轮明年开通</h1>
        <div id="content">
        <p>　　河边小镇的新渡轮将在明年春天开通，每天往返对岸十二次。</p>
        <p>　　镇长在周二的会议上说，渡轮的票价将与公交车相同，学生可以免费乘坐。</p>
        <p>　　居民们对这一消息表示欢迎，但也有人担心码头附近的停车问题。</p>
        {{closing}}
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void The_labelled_lines_under_the_text_are_no_body_and_the_writer_outranks_the_editor_in_the_author_meta()
    {
        var page = Parse("李文静", """
            <p>　　原标题：小镇渡轮明年春天开通 票价与公交相同</p>
            <p><strong>　　出品︱河边日报栏目组 小周</strong></p>
            <p><strong>　　作者︱王晓明</strong></p>
            <div id="liability">[责任编辑:李文静]</div>
            """);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.EndsWith("码头附近的停车问题。", page.BodyParagraphs[^1]);
        Assert.Equal(["王晓明"], page.Authors);
    }

    [Fact]
    public void An_author_meta_naming_only_the_editor_on_duty_names_no_writer()
    {
        var page = Parse("李文静", "<p>（责任编辑：李文静）</p>");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void An_author_meta_naming_the_desk_and_the_editor_on_duty_names_no_writer()
    {
        var page = Parse("河边校园李文静", "<p>（责任编辑：李文静）</p>");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writer_whose_given_name_is_the_editors_name_stays_the_writer() =>
        Assert.Equal(["李文静"], Parse("李文静", "<p>（责任编辑：文静）</p>").Authors);

    [Theory]
    [InlineData("作者︱王晓明", "Writer", "王晓明")]
    [InlineData("[责任编辑:李文静]", "Editor", "李文静")]
    [InlineData("【编辑：李文静 张华】", "Editor", "李文静")]
    [InlineData("来源：河边日报", "Other", null)]
    public void A_staff_line_is_read_for_its_label_and_names(string line, string kind, string? first)
    {
        var read = HanziStaffLinesUnderText.Read(line);
        Assert.NotNull(read);
        Assert.Equal(kind, read.Value.Kind.ToString());
        Assert.Equal(first, read.Value.Names.FirstOrDefault());
    }

    [Theory]
    [InlineData("镇长说：渡轮的票价将与公交车相同，学生可以免费乘坐。")]
    [InlineData("作者：这篇文章的作者是一位长期关注交通问题的记者。")]
    [InlineData("Editor: Jane Doe")]
    [InlineData("居民们对这一消息表示欢迎。")]
    public void A_sentence_of_the_text_or_a_line_without_a_chinese_label_is_no_staff_line(string line) =>
        Assert.Null(HanziStaffLinesUnderText.Read(line));

    [Fact]
    public void A_buttons_bracketed_word_before_the_editors_line_leaves_it_the_editors_and_no_body()
    {
        var page = Parse("", """
            <div id="articleEdit"><span class="tiyi"><a href="javascript:void(0);" class="advise">【纠错】</a></span>
            <span class="editor">【责任编辑:李文静
            】</span></div>
            """);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.EndsWith("码头附近的停车问题。", page.BodyParagraphs[^1]);
        Assert.Empty(page.Authors);
    }

    [Theory]
    [InlineData("【纠错】 镇长说渡轮的票价将与公交车相同。")]
    [InlineData("【河边小镇新闻】 【责任编辑:李文静】")]
    public void A_bracketed_word_before_text_or_a_long_bracketed_heading_is_no_staff_line(string line) =>
        Assert.Null(HanziStaffLinesUnderText.Read(line));
}
