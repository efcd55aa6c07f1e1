using System.Text;

namespace Sift.Encoder;

/// <summary>
/// One field of a protocol-buffer message as it sits on the wire: a varint's value, or the bytes of a
/// length-delimited or fixed-width field.
/// </summary>
internal readonly record struct WireField(int Number, int WireType, ulong Varint, ReadOnlyMemory<byte> Bytes)
{
    public const int VarintType = 0;
    public const int Fixed64Type = 1;
    public const int LengthDelimitedType = 2;
    public const int Fixed32Type = 5;

    public string Text => Encoding.UTF8.GetString(Bytes.Span);
}

/// <summary>
/// The protocol-buffer wire format, just enough to read an ONNX model's messages field by field and
/// write them back with some fields replaced. Fields are kept as bytes, so whatever this code does
/// not touch goes back out exactly as it came in.
/// </summary>
internal static class ProtoWire
{
    public static List<WireField> Parse(ReadOnlyMemory<byte> message)
    {
        var fields = new List<WireField>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var tag = ReadVarint(span, ref at);
            var number = (int)(tag >> 3);
            var type = (int)(tag & 7);
            switch (type)
            {
                case WireField.VarintType:
                    fields.Add(new WireField(number, type, ReadVarint(span, ref at), default));
                    break;
                case WireField.Fixed64Type:
                    fields.Add(new WireField(number, type, 0, message.Slice(at, 8)));
                    at += 8;
                    break;
                case WireField.LengthDelimitedType:
                    var length = checked((int)ReadVarint(span, ref at));
                    fields.Add(new WireField(number, type, 0, message.Slice(at, length)));
                    at += length;
                    break;
                case WireField.Fixed32Type:
                    fields.Add(new WireField(number, type, 0, message.Slice(at, 4)));
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"protocol buffer: wire type {type} of field {number} is not supported");
            }
        }
        return fields;
    }

    /// <summary>A packed repeated varint field (or one unpacked element) as 64-bit integers.</summary>
    public static void ReadVarints(WireField field, List<long> into)
    {
        if (field.WireType == WireField.VarintType)
        {
            into.Add((long)field.Varint);
            return;
        }
        var span = field.Bytes.Span;
        var at = 0;
        while (at < span.Length)
            into.Add((long)ReadVarint(span, ref at));
    }

    /// <summary>The fields written one after another, into one array of exactly their size.</summary>
    public static byte[] ToBytes(IReadOnlyList<WireField> fields)
    {
        var size = 0L;
        foreach (var field in fields)
            size += SizeOf(field);
        var bytes = new byte[checked((int)size)];
        var at = 0;
        foreach (var field in fields)
            at += Write(bytes.AsSpan(at), field);
        return bytes;
    }

    /// <summary>Bytes the field takes on the wire: its tag, then its value or its length and bytes.</summary>
    public static long SizeOf(WireField field)
    {
        var size = VarintSize(Tag(field));
        return field.WireType switch
        {
            WireField.VarintType => size + VarintSize(field.Varint),
            WireField.LengthDelimitedType => size + VarintSize((ulong)field.Bytes.Length) + field.Bytes.Length,
            _ => size + field.Bytes.Length,
        };
    }

    /// <summary>Writes the field at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(Span<byte> destination, WireField field)
    {
        var at = WriteVarint(destination, Tag(field));
        if (field.WireType == WireField.VarintType)
            return at + WriteVarint(destination[at..], field.Varint);
        if (field.WireType == WireField.LengthDelimitedType)
            at += WriteVarint(destination[at..], (ulong)field.Bytes.Length);
        field.Bytes.Span.CopyTo(destination[at..]);
        return at + field.Bytes.Length;
    }

    /// <summary>The header of a length-delimited field whose <paramref name="length"/> bytes the caller writes next.</summary>
    public static int WriteHeader(Span<byte> destination, int number, long length)
    {
        var at = WriteVarint(destination, (ulong)((number << 3) | WireField.LengthDelimitedType));
        return at + WriteVarint(destination[at..], (ulong)length);
    }

    public static long HeaderSize(int number, long length) =>
        VarintSize((ulong)((number << 3) | WireField.LengthDelimitedType)) + VarintSize((ulong)length);

    public static WireField Bytes(int number, ReadOnlyMemory<byte> bytes) => new(number, WireField.LengthDelimitedType, 0, bytes);

    public static WireField Text(int number, string text) => Bytes(number, Encoding.UTF8.GetBytes(text));

    public static WireField Varint(int number, long value) => new(number, WireField.VarintType, (ulong)value, default);

    public static WireField Message(int number, IReadOnlyList<WireField> fields) => Bytes(number, ToBytes(fields));

    private static ulong Tag(WireField field) => (ulong)((field.Number << 3) | field.WireType);

    private static int VarintSize(ulong value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }
        return size;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new InvalidDataException("protocol buffer: varint longer than 10 bytes");
    }

    private static int WriteVarint(Span<byte> destination, ulong value)
    {
        var n = 0;
        while (value >= 0x80)
        {
            destination[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        destination[n++] = (byte)value;
        return n;
    }
}
