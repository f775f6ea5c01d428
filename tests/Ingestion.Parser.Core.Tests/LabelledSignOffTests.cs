using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledSignOffTests
{
    [Fact]
    public void The_sign_off_names_the_writer_without_its_label_and_follow_button()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry riders' most asked questions of the year | harbour.com</title>
            <meta property="og:site_name" content="harbour.com"></head><body>
            <div id="article"><h1>Ferry riders' most asked questions of the year</h1>
            <div class="entry-content">
            <p>Riders asked the harbour office about timetables more than anything else this year, according to its own count of the letters it answered.</p>
            <p>Some of the other questions that came up again and again were about bicycles, dogs and the late boat on Fridays.</p>
            <p>The lesson, as always: the ferry waits for no one.</p>
            <p>-- By Lena Hansen <a class="twitter-follow-button" href="https://twitter.com/lhansen">Follow @lhansen</a></p>
            </div></div></body></html>
            """), "ferry.html");
        Assert.Equal(["Lena Hansen"], page.Authors);
        Assert.Equal("The lesson, as always: the ferry waits for no one.", page.BodyParagraphs[^1]);
    }

    [Theory]
    [InlineData("By Lena Hansen Follow @lhansen", "Lena Hansen")]
    [InlineData("Lena Hansen", "Lena Hansen")]
    [InlineData("Lena Hansen Follow @lhansen and more", "Lena Hansen Follow @lhansen and more")]
    public void Bare_drops_the_label_and_a_closing_follow_button(string text, string bare)
    {
        Assert.Equal(bare, LabelledSignOff.Bare(text).ToString());
    }
}
