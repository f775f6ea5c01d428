using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IdentityProductUnderLogoTests
{
    private const string Story =
        "Harbour trust buys the old ferry sheds\n\nBy Ruth Aldane\nBusiness reporter\n\n12 March 2013\n\n"
        + "The harbour trust has bought the three ferry sheds on the east quay for a little over a million pounds, it said on Tuesday.\n\n"
        + "The sheds have stood empty since the last crossing to the island ran in 2009, and the trust wants them open again by summer.\n\n"
        + "Copyright © 2013 NBS. The NBS is not responsible for the content of external sites.\n";

    private static JsonElement Split(string text) => JsonDocument.Parse(LabelledPages.SplitAsJson(text, "page.txt")).RootElement;

    [Fact]
    public void An_identity_product_named_for_a_one_word_logo_does_not_extend_the_logo()
    {
        var root = Split("NBS\n\nAccessibility links\n\n  * Skip to content\n  * Accessibility Help\n\nNBS iD\nNotifications\n\n" + Story);
        Assert.Equal("NBS", root.GetProperty("site").GetString());
    }

    [Theory]
    [InlineData("NBS iD", true)]
    [InlineData("Yahoo ID", true)]
    [InlineData("NBS News", false)]
    [InlineData("NBS Idaho", false)]
    public void Only_a_name_ending_in_the_identity_word_names_an_identity(string text, bool identity) =>
        Assert.Equal(identity, AccountIdLink.NamesIdentity(text));
}
