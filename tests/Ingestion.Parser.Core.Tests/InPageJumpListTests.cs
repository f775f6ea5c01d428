using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InPageJumpListTests
{
    private static ParsedPage Parse(string contents) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Tidebook: Terms of Use</title></head><body>
        <header><h1 id="logo"><a href="/">Tidebook</a></h1></header>
        <div class="page"><div class="page-content">
        <h2>Terms of Use</h2>
        <p>Please read these terms before you use the Tidebook reader or any of the services we offer through it. By using the reader you accept them, and this page lists what they cover below:</p>
        {contents}
        <a id="opening"></a><h4>OPENING AN ACCOUNT</h4>
        <p>You need an account to save articles. You must give us a working e-mail address and keep your password to yourself.</p>
        <a id="closing"></a><h4>CLOSING AN ACCOUNT</h4>
        <p>You may close your account at any time from the settings page, and we delete your saved articles within thirty days.</p>
        <h4 id="refunds">REFUNDS</h4>
        <p>We refund the unused part of a yearly plan when you close your account before the year is out.</p>
        </div></div></body></html>
        """), "page.html");

    [Fact]
    public void Lists_of_jumps_to_the_pages_sections_and_their_group_headings_are_no_body()
    {
        var page = Parse("""
            <h5>Your Account</h5>
            <ul class="content"><li><a href="#opening">Opening an Account</a></li><li><a href="#closing">Closing an Account</a></li></ul>
            <h5>Payments</h5>
            <ul class="content"><li><a href="#refunds">Refunds</a></li><li><a href="#opening">Plans</a></li></ul>
            """);

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph is "Your Account" or "Opening an Account" or "Closing an Account" or "Payments" or "Plans");
        Assert.StartsWith("Please read these terms", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.Equal("OPENING AN ACCOUNT", page.BodyParagraphs[1]);
        Assert.Equal("REFUNDS", page.BodyParagraphs[^2]);
    }

    [Fact]
    public void A_nested_contents_list_goes_whole()
    {
        var page = Parse("""
            <ul><li><a href="#opening">Opening an Account</a><ul><li><a href="#closing">Closing an Account</a></li></ul></li>
            <li><a href="#refunds">Refunds</a></li></ul>
            """);

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Closing an Account", StringComparison.Ordinal) || paragraph == "Refunds");
        Assert.Contains("CLOSING AN ACCOUNT", page.BodyParagraphs);
    }

    [Fact]
    public void A_contents_box_goes_with_its_label()
    {
        var page = Parse("""
            <details class="contents-box" open=""><summary>Table of Contents</summary>
            <div class="contents"><ul><li><a href="#opening">Opening an Account</a></li><li><a href="#refunds">Refunds</a></li></ul></div></details>
            """);

        Assert.DoesNotContain("Table of Contents", page.BodyParagraphs);
        Assert.DoesNotContain("Refunds", page.BodyParagraphs);
        Assert.Equal("OPENING AN ACCOUNT", page.BodyParagraphs[1]);
    }

    [Fact]
    public void A_list_of_points_with_words_beside_their_jumps_stays()
    {
        var page = Parse("""
            <ul><li><a href="#opening">Opening an account</a> needs a working e-mail address</li>
            <li><a href="#refunds">Refunds</a> cover the unused part of a yearly plan</li></ul>
            """);

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("needs a working e-mail address", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("cover the unused part", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_to_anchors_the_page_does_not_hold_are_left_to_the_other_rules()
    {
        Assert.False(InPageJumpListProbe.Removes("""<ul><li><a href="#one">One</a></li><li><a href="#two">Two</a></li></ul>"""));
        Assert.True(InPageJumpListProbe.Removes("""<ul><li><a href="#one">One</a></li><li><a href="#two">Two</a></li></ul><h3 id="one">One</h3><h3 id="two">Two</h3>"""));
    }

    [Fact]
    public void A_heading_a_jump_lands_on_stays_over_the_list()
    {
        Assert.True(InPageJumpListProbe.KeepsHeading("""<h3 id="one">One</h3><ul><li><a href="#one">Back to one</a></li><li><a href="#two">Two</a></li></ul><h3 id="two">Two</h3>"""));
    }

    private static class InPageJumpListProbe
    {
        public static bool Removes(string html) => Run(html).QuerySelector("ul") is null;

        public static bool KeepsHeading(string html) => Run(html).QuerySelector("h3#one") is not null;

        private static AngleSharp.Dom.IElement Run(string html)
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body><div id=\"root\">{html}</div></body></html>");
            var root = document.GetElementById("root")!;
            InPageJumpList.Remove(root);
            return root;
        }
    }
}
