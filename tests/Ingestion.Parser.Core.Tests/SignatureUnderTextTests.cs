using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SignatureUnderTextTests
{
    [Fact]
    public void The_writers_name_alone_under_the_last_paragraph_goes()
    {
        var body = new List<string> { "La SNCF a présenté, mardi 12 mars, un plan.", "La SNCF doit présenter un premier bilan en septembre.", "Claire Dumoulin" };
        SignatureUnderText.RemoveFrom(body, ["Claire Dumoulin"]);
        Assert.Equal(["La SNCF a présenté, mardi 12 mars, un plan.", "La SNCF doit présenter un premier bilan en septembre."], body);
    }

    [Fact]
    public void Another_name_under_the_text_stays()
    {
        var body = new List<string> { "Dear editor, the bridge must be built.", "Gerald Pruitt" };
        SignatureUnderText.RemoveFrom(body, ["Claire Dumoulin"]);
        Assert.Equal(2, body.Count);
    }
}
