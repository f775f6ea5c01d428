using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"mary_t replied:" / "hank_bolles wrote:" / the quoted line: the quote's label heads the reply's text, not a comment of its own.</summary>
public class QuoteLabelUnderSayingHeaderTests
{
    [Fact]
    public void A_quote_label_right_under_a_replied_header_is_the_replys_first_paragraph()
    {
        var thread = string.Join('\n',
            "Posted by hank_bolles on September 26, 2013 at 6:42 a.m.",
            "Four to three on chickens and six months to fix one stop light on Main. Priorities.",
            "Reply to this comment | Report abuse",
            "",
            "    mary_t replied:",
            "    hank_bolles wrote:",
            "    \"Four to three on chickens and six months to fix one stop light on Main. Priorities.\"",
            "    The stop light is a state road. The council can't fix it.",
            "    September 26, 2013 at 7:05 a.m.",
            "    Reply to this comment | Report abuse");

        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(thread)));

        Assert.Equal(2, comments.Count);
        Assert.Equal("mary_t", comments[1].Author);
        Assert.Equal(1, comments[1].Parent);
        Assert.Equal("hank_bolles wrote:", comments[1].Paragraphs[0]);
    }

    [Fact]
    public void A_name_wrote_line_after_a_comments_text_heads_a_comment_of_its_own()
    {
        var thread = string.Join('\n',
            "mary_t replied:",
            "The stop light is a state road.",
            "September 26, 2013 at 7:05 a.m.",
            "",
            "hank_bolles wrote:",
            "Then they can call the state.",
            "September 26, 2013 at 7:31 a.m.");

        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(thread)));

        Assert.Equal(2, comments.Count);
        Assert.Equal("hank_bolles", comments[1].Author);
    }
}
