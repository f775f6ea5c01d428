using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MicrodataCreditLabelTests
{
    private static IReadOnlyList<string> CaptionsOf(string caption) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry Crews Brace for a Long Winter - The Harbor Ledger</title></head><body>
        <article><h1>Ferry Crews Brace for a Long Winter</h1>
        <figure itemprop="associatedMedia" itemscope="itemscope" itemtype="http://schema.org/ImageObject"><img src="ferry.jpg" alt="">
        <figcaption itemprop="caption description">{{caption}}</figcaption></figure>
        <p>Ferry crews on the Sound have started their winter schedule a week early this year, the operator said on Thursday.</p>
        <p>Ice on the landing ramps forced two cancellations last season, and the crews now carry salt and shovels on every run.</p>
        </article></body></html>
        """), "page.html").Captions;

    [Fact]
    public void The_hidden_label_goes_and_the_credit_reads_apart()
    {
        var captions = CaptionsOf("""<span class="css-a1">A deckhand salting the ramp in Port Ellis.</span><span itemprop="copyrightHolder" class="css-b2"><span class="css-c3">Credit</span><span>Tomas Reyes/The Harbor Ledger</span></span>""");

        Assert.Equal(["A deckhand salting the ramp in Port Ellis. Tomas Reyes/The Harbor Ledger"], captions);
    }

    [Fact]
    public void A_label_printed_twice_for_two_screens_goes_twice()
    {
        var captions = CaptionsOf("""<span class="css-a1">A deckhand salting the ramp in Port Ellis.</span><span itemprop="copyrightHolder" class="css-b2"><span class="css-c3">Credit</span><span><span class="css-d4">Credit</span><span>Tomas Reyes/The Harbor Ledger</span></span></span>""");

        Assert.Equal(["A deckhand salting the ramp in Port Ellis. Tomas Reyes/The Harbor Ledger"], captions);
    }

    [Fact]
    public void A_credit_named_credit_by_its_label_with_a_colon_keeps_it()
    {
        var captions = CaptionsOf("""<span>A deckhand salting the ramp in Port Ellis.</span> <span itemprop="copyrightHolder">Credit: Tomas Reyes</span>""");

        Assert.Equal(["A deckhand salting the ramp in Port Ellis. Credit: Tomas Reyes"], captions);
    }
}
