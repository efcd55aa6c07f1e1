using System.Buffers;
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

    public static void Write(IBufferWriter<byte> output, WireField field)
    {
        WriteVarint(output, (ulong)((field.Number << 3) | field.WireType));
        if (field.WireType == WireField.VarintType)
        {
            WriteVarint(output, field.Varint);
            return;
        }
        if (field.WireType == WireField.LengthDelimitedType)
            WriteVarint(output, (ulong)field.Bytes.Length);
        output.Write(field.Bytes.Span);
    }

    public static void WriteAll(IBufferWriter<byte> output, IEnumerable<WireField> fields)
    {
        foreach (var field in fields)
            Write(output, field);
    }

    public static WireField Bytes(int number, ReadOnlyMemory<byte> bytes) => new(number, WireField.LengthDelimitedType, 0, bytes);

    public static WireField Text(int number, string text) => Bytes(number, Encoding.UTF8.GetBytes(text));

    public static WireField Varint(int number, long value) => new(number, WireField.VarintType, (ulong)value, default);

    public static WireField Message(int number, IEnumerable<WireField> fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteAll(buffer, fields);
        return Bytes(number, buffer.WrittenMemory);
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

    private static void WriteVarint(IBufferWriter<byte> output, ulong value)
    {
        var span = output.GetSpan(10);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[n++] = (byte)value;
        output.Advance(n);
    }
}
