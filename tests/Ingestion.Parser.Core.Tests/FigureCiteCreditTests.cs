using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FigureCiteCreditTests
{
    private static ParsedPage Parse(string figure) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>The ferry app now shows every boat live - The Ledger</title></head><body>
        <article><h1>The ferry app now shows every boat live</h1>
        <div class="c-byline">By Lena Ortiz</div>
        {figure}
        <div class="c-entry-content">
        <p>The county's ferry app now shows where every boat is in real time, after a test that ran on two routes all winter long.</p>
        <p>Riders had asked for the feature for years, and the transit board approved the money for it in the spring budget.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_credit_alone_under_a_figure_picture_is_its_caption()
    {
        var page = Parse("""
            <figure class="e-image e-image--hero"><span class="e-image__inner"><picture><img src="/ferry.jpg" alt=""></picture></span>
            <span class="e-image__meta"><cite>Photo by Marco Deleon / The Ledger</cite></span></figure>
            """);

        Assert.Equal(["Photo by Marco Deleon / The Ledger"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_figure_with_a_figcaption_keeps_one_entry()
    {
        var page = Parse("""
            <figure><img src="/ferry.jpg" alt=""><span class="e-image__meta"><figcaption>The new screen at the dock.</figcaption>
            <cite>Image: Ledger staff</cite></span></figure>
            """);

        Assert.Equal(["The new screen at the dock. Image: Ledger staff"], page.Captions);
    }

    [Fact]
    public void A_quotation_figure_names_its_speaker_in_no_caption()
    {
        var page = Parse("""
            <figure><img src="/quote-mark.png" alt=""><blockquote><p>We wanted riders to stop guessing.</p></blockquote><cite>Dana Whit, transit board</cite></figure>
            """);

        Assert.Empty(page.Captions);
    }
}
