using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublisherAddressTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Footer = "Math Archive\n\nDiscovery Quarterly\n1250 Harbor Street, Suite 400\nBoston, MA 02110\n\nCopyright © 2013 Discovery Quarterly.";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_name_street_and_town_lines_are_the_address(int index) => Assert.True(PublisherAddress.Is(Lines(Footer), index));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Lines_around_the_address_are_none_of_it(int index) => Assert.False(PublisherAddress.Is(Lines(Footer), index));

    [Fact]
    public void A_sentence_with_a_number_is_no_street() =>
        Assert.False(PublisherAddress.Is(Lines("1250 people marched down Harbor Street on Sunday.\nBoston, MA 02110"), 0));

    private const string Announced = "If you have questions about these terms, you may also write to us at:\nHarbour Reader Ltd.\n12 Quay Street, Unit 4\nPortsmouth, ME 03801\n\nThe rest of these terms explain the licence.";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void An_address_the_text_announces_with_a_colon_is_the_texts(int index) => Assert.False(PublisherAddress.Is(Lines(Announced), index));

    [Fact]
    public void A_short_label_with_a_colon_over_the_address_announces_nothing() =>
        Assert.True(PublisherAddress.Is(Lines("Contact:\nDiscovery Quarterly\n1250 Harbor Street, Suite 400\nBoston, MA 02110"), 2));
}
