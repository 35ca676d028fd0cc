/** An encryption context as the wire sends it (the model's EncryptionContextType map). */
export type EncryptionContext = Readonly<Record<string, string>>;
