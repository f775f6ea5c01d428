using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThemeMakerCreditTests
{
    private static AngleSharp.Dom.IDocument Document(string footer) =>
        new HtmlParser().ParseDocument($"<html><body><p>Text.</p><div id=\"end\">{footer}</div></body></html>");

    [Theory]
    [InlineData("""Theme by <a href="http://jverhagen.example/">Jonas Verhagen</a>""")]
    [InlineData("""WordPress-Theme: Harbour, design by <a href="/">Jonas Verhagen</a>""")]
    [InlineData("""Webdesign von <a href="/">Jonas Verhagen</a>""")]
    public void The_name_a_theme_credit_links_is_the_themes_maker(string footer) =>
        Assert.True(ThemeMakerCredit.Names("Jonas Verhagen", Document(footer)));

    [Theory]
    [InlineData("""Theme by <a href="/">Harbour Themes</a>""")]
    [InlineData("""Fotos by <a href="/">Jonas Verhagen</a>""")]
    [InlineData("""A theme by the sea: <a href="/">Jonas Verhagen</a> writes""")]
    public void Other_names_and_credits_are_left(string footer) =>
        Assert.False(ThemeMakerCredit.Names("Jonas Verhagen", Document(footer)));

    [Fact]
    public void The_author_meta_naming_the_themes_maker_names_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Lantern walk on Saturday › Harbour Greens Westfold</title>
            <meta name="author" content="Jonas Verhagen" /></head><body>
            <div id="content"><h1>Lantern walk on Saturday</h1>
            <p>On Saturday at six the Harbour Greens walk with lanterns from the old ferry pier to the town hall, and we invite everyone to join us.</p>
            <p>We walk for a harbour that stays open to the public, with benches, trees and room for the weekly market that the new plan would push out.</p></div>
            <div id="end-outside"><aside id="end">Theme by <a title="Jonas Verhagen" href="http://jverhagen.example/">Jonas Verhagen</a></aside></div>
            </body></html>
            """), "post.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void An_author_meta_of_another_name_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Lantern walk on Saturday › Harbour Greens Westfold</title>
            <meta name="author" content="Greta Solberg" /></head><body>
            <div id="content"><h1>Lantern walk on Saturday</h1>
            <p>On Saturday at six the Harbour Greens walk with lanterns from the old ferry pier to the town hall, and we invite everyone to join us.</p>
            <p>We walk for a harbour that stays open to the public, with benches, trees and room for the weekly market that the new plan would push out.</p></div>
            <div id="end-outside"><aside id="end">Theme by <a href="http://jverhagen.example/">Jonas Verhagen</a></aside></div>
            </body></html>
            """), "post.html");

        Assert.Equal(["Greta Solberg"], page.Authors);
    }
}
