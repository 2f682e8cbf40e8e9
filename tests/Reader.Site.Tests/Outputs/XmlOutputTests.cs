using System.Text;
using System.Xml.Linq;
using Reader.Site.Outputs;

namespace Reader.Site.Tests.Outputs;

public sealed class XmlOutputTests
{
    [Fact]
    public void Text_that_XML_cannot_hold_is_dropped_rather_than_stopping_the_feed()
    {
        var bytes = XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed");
            xml.WriteAttributeString("label", "x\u000Ey");
            xml.WriteElementString("title", "A\u0001B\uFFFEC\u0000D\uD800E");
            xml.WriteEndElement();
        });

        var feed = XDocument.Parse(Encoding.UTF8.GetString(bytes.Span)).Root!;
        Assert.Equal("ABCD\uFFFDE", feed.Element("title")!.Value);
        Assert.Equal("xy", feed.Attribute("label")!.Value);
    }
}
